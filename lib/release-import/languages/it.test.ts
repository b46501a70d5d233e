import { describe, expect, it } from 'vitest';
import { lookupCity } from '../gazetteer';
import { parseRelease } from '../parse-release';
import { LANGUAGES } from './index';
import { it as italian } from './it';

describe('the Italian language module', () => {
  it('reads "Per ulteriori informazioni", tel./cell. labels, "oppure" and Italian national numbers', () => {
    const text = [
      'Roma, 12 luglio 2006 – La campagna arriva sul web',
      'Le firme saranno consegnate alla FAO a settembre.',
      'Per ulteriori informazioni:',
      'Ufficio stampa – Maria Rossi, tel. 06 5782606 oppure cell. 393 9073595, m.rossi@example.it',
    ].join('\n');
    const r = parseRelease(text);
    expect(r.date).toBe('2006-07-12');
    expect(r.dateline).toEqual(['Roma']);
    expect(r.contacts.map((c) => [c.name, c.role, c.phones.map((p) => [p.e164, p.kind]), c.emails])).toEqual([
      [
        'Maria Rossi',
        'Ufficio stampa',
        [
          ['+39065782606', null],
          ['+393939073595', 'mobile'],
        ],
        ['m.rossi@example.it'],
      ],
    ]);
  });

  it('reads a desk with its fax and a freephone number, and a city written the Italian way', () => {
    const text = [
      'Comunicato stampa',
      'Informazioni per la stampa:',
      'Comitato Roma, tel. 06 478091, fax 06 47809270, numero verde 800745000, info@example.it',
    ].join('\n');
    const [desk] = parseRelease(text).contacts;
    expect(desk!.city).toBe('Roma');
    expect(desk!.phones.map((p) => [p.e164, p.kind])).toEqual([
      ['+3906478091', null],
      ['+390647809270', 'fax'],
      ['+39800745000', null],
    ]);
  });

  it('is registered with the other languages and points every city name at a city the gazetteer knows', () => {
    expect(LANGUAGES).toContain(italian);
    for (const [local, name] of Object.entries(italian.cityNames)) expect(lookupCity(local)?.name, local).toBe(name);
  });
});
