import { describe, expect, it } from 'vitest';
import { lookupCity } from '../gazetteer';
import { parseRelease } from '../parse-release';
import { fr } from './fr';

describe('the French language module', () => {
  it('reads "Informations complémentaires", tél./courriel labels, "ou" and a desk named by its city', () => {
    const text = [
      'Genève (CICR) – Le CICR ouvre un dispensaire.',
      'Informations complémentaires :',
      'Marie Dupont, CICR Bamako, tél. : +223 76 55 01 23 ou +41 79 555 01 23, courriel : mdupont@example.org',
      'CICR Genève, tél. : +41 22 555 01 00, courriel : presse@example.org',
    ].join('\n');
    const r = parseRelease(text);
    expect(r.dateline).toEqual(['Genève']);
    expect(r.contacts.map((c) => [c.name, c.city, c.phones.map((p) => p.e164), c.emails])).toEqual([
      ['Marie Dupont', 'Bamako', ['+22376550123', '+41795550123'], ['mdupont@example.org']],
      [null, 'Genève', ['+41225550100'], ['presse@example.org']],
    ]);
  });

  it('reads French month names and a télécopie as a fax', () => {
    const r = parseRelease(
      'Paris, 1er décembre 2021 – Titre\nContact presse : Marie Dupont, portable 06 12 34 56 78, télécopie 01 44 55 66 77',
    );
    expect(r.date).toBe('2021-12-01');
    expect(r.contacts[0]!.phones.map((p) => [p.e164, p.kind])).toEqual([
      ['+33612345678', 'mobile'],
      ['+33144556677', 'fax'],
    ]);
  });

  it('points every city name at a city the gazetteer knows', () => {
    for (const [local, name] of Object.entries(fr.cityNames)) expect(lookupCity(local)?.name, local).toBe(name);
  });
});
