import { describe, expect, it } from 'vitest';
import { lookUpCity, proposeNewCities } from './city-proposals';
import type { ParsedRelease } from './types';

describe('lookUpCity', () => {
  it.each([
    ['Lima', { country: 'PE', timeZone: 'America/Lima' }],
    ['lima', { country: 'PE', timeZone: 'America/Lima' }],
    ['Bogotá', { country: 'CO', timeZone: 'America/Bogota' }],
    ['Geneva', { country: 'CH', timeZone: 'Europe/Zurich' }],
  ])('%s', (name, expected) => {
    expect(lookUpCity(name)).toEqual(expected);
  });

  it('knows no made-up place', () => {
    expect(lookUpCity('Xyzzyville')).toBeNull();
  });
});

describe('proposeNewCities', () => {
  const person = (city: string | null, name: string | null, e164: string, email?: string) => ({
    city,
    name,
    role: null,
    phones: [{ raw: e164, e164, kind: null }],
    emails: email ? [email] : [],
    notes: [],
  });
  const parsed: ParsedRelease = {
    title: 'T',
    date: null,
    dateline: ['Genève', 'Lima'],
    contacts: [
      person('Lima', 'Lucía Quispe', '+61491570110', 'lucia@example.org'),
      person('lima', null, '+5115550100', 'prensa@example.org'),
      person('Xyzzyville', 'X', '+61491570111'),
    ],
    warnings: [],
  };

  it('proposes the places Pressline lacks, once each, with the desk’s e-mail and number first', () => {
    expect(proposeNewCities(parsed, [{ name: 'Geneva', localName: 'Genève' }])).toEqual([
      {
        name: 'Lima',
        country: 'PE',
        timeZone: 'America/Lima',
        deskEmail: 'prensa@example.org',
        dutyPhone: '+5115550100',
        found: true,
      },
      { name: 'Xyzzyville', country: '', timeZone: '', deskEmail: '', dutyPhone: '+61491570111', found: false },
    ]);
  });
});
