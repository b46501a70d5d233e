import { describe, expect, it } from 'vitest';
import { formatDate } from '../time/dates';
import { formatReleaseDate } from './release-date';

describe('formatReleaseDate', () => {
  it('writes a release’s date in the reader’s language, English as before', () => {
    expect(formatReleaseDate('2021-12-06', 'en')).toBe(formatDate('2021-12-06'));
    expect(formatReleaseDate('2021-12-06', 'en')).toBe('6 December 2021');
    expect(formatReleaseDate('2021-12-06', 'ru')).toBe('6 декабря 2021 г.');
    expect(formatReleaseDate('2021-12-06', 'fr')).toBe('6 décembre 2021');
    // The first of a month is the same day everywhere: no time zone moves it.
    expect(formatReleaseDate('2026-01-01', 'fr')).toBe('1 janvier 2026');
    expect(formatReleaseDate('not a date', 'ru')).toBe('not a date');
  });
});
