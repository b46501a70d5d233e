import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, countryName, languageList, languageName } from './languages';

describe('names in the reader’s language', () => {
  it('lists the languages someone speaks, in their order, in English, Russian and French', () => {
    expect(languageList(['ru', 'en'])).toBe('Russian, English');
    expect(languageList(['ru', 'en'], 'ru')).toBe('русский, английский');
    expect(languageList(['ru', 'en'], 'fr')).toBe('russe, anglais');
    expect(languageList(['fr-CH', 'sw'], 'fr')).toBe('français suisse, swahili');
    expect(languageList([], 'ru')).toBe('');
  });

  it('names countries per language and shows a code it does not know as written', () => {
    expect(['en', 'ru', 'fr'].map((l) => countryName('CH', l))).toEqual(['Switzerland', 'Швейцария', 'Suisse']);
    expect(countryName('RU', 'fr')).toBe('Russie');
    expect(countryName('XX', 'ru')).toBe('XX');
    expect(countryName('not a code', 'fr')).toBe('not a code');
  });

  it('keeps an unknown or malformed language tag as written', () => {
    expect(languageName('ru')).toBe('Russian');
    expect(languageName('qaa', 'ru')).toBe('qaa');
    expect(languageName('!!', 'fr')).toBe('!!');
    expect(canonicalLanguageTag('EN-gb')).toBe('en-GB');
  });
});
