import { describe, expect, it } from 'vitest';
import { preferredLocale } from './preferred-locale';

describe('preferredLocale', () => {
  it('picks the first of the reader’s languages that Pressline has', () => {
    expect(preferredLocale(['ru-RU', 'ru', 'en-US', 'en'])).toBe('ru');
    expect(preferredLocale(['fr-CH', 'de-CH', 'en'])).toBe('fr');
    expect(preferredLocale(['de-DE', 'FR'])).toBe('fr');
  });

  it('stays in English when the reader puts English first or reads none of our languages', () => {
    expect(preferredLocale(['en-GB', 'ru'])).toBe('en');
    expect(preferredLocale(['de', 'es'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });
});
