import { describe, expect, it } from 'vitest';
import { lookupCity } from '../gazetteer';
import { parseRelease } from '../parse-release';
import { en } from './en';

// Fictional people; Swiss 555 numbers.
describe('the English language module', () => {
  it('reads the ICRC layout: name, organisation and city, then the number', () => {
    const text = [
      'ICRC opens a clinic',
      'Geneva/Nairobi (ICRC) – 6 December 2021 – A clinic opened today.',
      'For further information, please contact:',
      'Jane Doe, ICRC Geneva, tel +41 79 555 01 23 or +41 22 555 01 24',
      'John Roe (English, Swahili), ICRC Nairobi, mobile: +254 722 000 123',
    ].join('\n');
    const r = parseRelease(text);
    expect(r.date).toBe('2021-12-06');
    expect(r.dateline).toEqual(['Geneva', 'Nairobi']);
    expect(r.contacts.map((c) => [c.name, c.city, c.phones.map((p) => [p.e164, p.kind]), c.notes])).toEqual([
      [
        'Jane Doe',
        'Geneva',
        [
          ['+41795550123', null],
          ['+41225550124', null],
        ],
        [],
      ],
      ['John Roe', 'Nairobi', [['+254722000123', 'mobile']], ['English, Swahili']],
    ]);
  });

  it('keeps a fax as a fax and a desk without a person', () => {
    const r = parseRelease('Media contacts:\nPress office: +41 22 555 01 00, fax +41 22 555 01 99, press@example.org');
    expect(r.contacts).toEqual([
      expect.objectContaining({
        name: null,
        role: 'Press office',
        emails: ['press@example.org'],
        phones: [
          { raw: '+41 22 555 01 00', e164: '+41225550100', kind: null },
          { raw: '+41 22 555 01 99', e164: '+41225550199', kind: 'fax' },
        ],
      }),
    ]);
  });

  it('points every city name at a city the gazetteer knows', () => {
    for (const [local, name] of Object.entries(en.cityNames)) expect(lookupCity(local)?.name, local).toBe(name);
  });
});
