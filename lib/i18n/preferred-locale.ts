import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/**
 * The language Pressline has that the reader ranks first in their browser (navigator.languages, best
 * first: "fr-CH", "ru", "en-GB"). English, or no language we have, gives English. Nothing is guessed on
 * the server: this runs in the browser only, so a cached page stays one page for everyone.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.split('-')[0]!.toLowerCase();
    const found = LOCALES.find((l) => l === primary);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}
