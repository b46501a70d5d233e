import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAddressee, formatForReader, formatLabel, requestLocale } from './reader-text';
import { statusLinkOrHint, statusUrl } from './status-link';

describe('text a journalist reads, in the request’s language', () => {
  it('names whom the request reached, with the city in the reader’s language when it has one', () => {
    const delegate = { kind: 'delegate', name: 'Tommaso Della Longa', absent: 'Ayuna Batoeva' } as const;
    expect(describeAddressee(delegate, 'en')).toBe('Tommaso Della Longa, covering for Ayuna Batoeva');
    expect(describeAddressee(delegate, 'ru')).toBe('Tommaso Della Longa (замещает: Ayuna Batoeva)');
    expect(describeAddressee(delegate, 'fr')).toBe('Tommaso Della Longa, qui remplace Ayuna Batoeva');
    const geneva = { kind: 'city', city: 'Geneva', localNames: { fr: 'Genève', ru: 'Женева' } } as const;
    expect(describeAddressee(geneva, 'en')).toBe('the Geneva press office');
    expect(describeAddressee(geneva, 'fr')).toBe('le service de presse de Genève');
    expect(describeAddressee(geneva, 'ru')).toBe('пресс-служба (город: Женева)');
    expect(describeAddressee({ kind: 'release', title: 'Floods' }, 'en')).toBe('the spokespeople for "Floods"');
    expect(describeAddressee({ kind: 'release', title: 'Crues' }, 'fr')).toBe(
      'les porte-parole du communiqué «\u00a0Crues\u00a0»',
    );
  });

  it('keeps English dates as they were and formats the others by Intl, in the zone given', () => {
    const at = new Date('2026-12-01T12:30:00Z');
    expect(formatForReader(at, 'Europe/Moscow', 'en')).toBe('Tue, 1 Dec 2026, 15:30');
    expect(formatForReader(at, 'Europe/Moscow', 'ru')).toBe('вт, 1 дек. 2026 г., 15:30');
    expect(formatForReader(at, 'Europe/Zurich', 'fr')).toBe('mar. 1 déc. 2026, 13:30');
    expect(formatLabel('in-person', 'fr')).toBe('En personne');
  });

  it('reads an unknown stored language as English', () => {
    expect(requestLocale('ru')).toBe('ru');
    expect(requestLocale('de')).toBe('en');
    expect(requestLocale(null)).toBe('en');
  });
});

describe('the status link', () => {
  let outer: string | undefined;
  beforeAll(() => {
    outer = process.env.PUBLIC_URL;
    process.env.PUBLIC_URL = 'https://pressline.example';
  });
  afterAll(() => {
    if (outer === undefined) delete process.env.PUBLIC_URL;
    else process.env.PUBLIC_URL = outer;
  });

  it('points at the status page in the request’s language, English without a prefix', () => {
    expect(statusUrl('abc', 'en')).toBe('https://pressline.example/request-status/abc');
    expect(statusUrl('abc', 'ru')).toBe('https://pressline.example/ru/request-status/abc');
    expect(statusLinkOrHint(null, 'PL-2026-000001', 'fr')).toBe(
      'le lien personnel de notre premier e-mail concernant PL-2026-000001',
    );
  });
});
