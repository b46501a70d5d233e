import { describe, expect, it } from 'vitest';
import { lookupCity } from '../gazetteer';
import { parseRelease } from '../parse-release';
import { de } from './de';

describe('the German language module', () => {
  it('reads "Rückfragen & Kontakt", Austrian numbers with slashes and "oder", an address and a fax', () => {
    const text = [
      'Wien (OTS) - Eine Hilfsorganisation eröffnet ein Notquartier.',
      '',
      'Rückfragen & Kontakt:',
      '',
      'Mag.a Anna Huber',
      'Pressesprecherin',
      'Musterstraße 12, A-1090 Wien',
      'Tel. 01/488 31 - 417 oder: 0664/82 66 909',
      'Fax: 01/488 31 - 499',
      'anna.huber@example.at',
    ].join('\n');
    const [c] = parseRelease(text).contacts;
    expect(c).toEqual(
      expect.objectContaining({
        name: 'Anna Huber',
        role: 'Pressesprecherin',
        city: 'Wien',
        emails: ['anna.huber@example.at'],
      }),
    );
    expect(c!.phones.map((p) => [p.e164, p.kind])).toEqual([
      ['+43148831417', null],
      ['+436648266909', null],
      ['+43148831499', 'fax'],
    ]);
  });

  it('reads German month names and "Handy" as a mobile, and never takes a closing for a name', () => {
    const r = parseRelease(
      'Berlin, 6. Dezember 2021 – Titel\nPressekontakt:\nFreundliche Grüsse\nMax Müller, Handy 0151 23456789',
    );
    expect(r.date).toBe('2021-12-06');
    expect(r.contacts.map((c) => [c.name, c.phones.map((p) => [p.e164, p.kind])])).toEqual([
      ['Max Müller', [['+4915123456789', 'mobile']]],
    ]);
  });

  it('points every city name at a city the gazetteer knows', () => {
    for (const [local, name] of Object.entries(de.cityNames)) expect(lookupCity(local)?.name, local).toBe(name);
  });
});
