import type { Locale } from '../i18n/locales';

/** The list style of each language: "Moscow, Geneva and Nairobi" (no serial comma in English, as before). */
const LIST_TAGS: Record<Locale, string> = { en: 'en-GB', ru: 'ru', fr: 'fr' };

/**
 * "Contacts in Moscow and Geneva", "Контакты: Москва и Женева": where a release's spokespeople are, as a shared
 * link says it; `sentence` is the catalogue's "contactsIn" message. Empty when nobody is listed.
 */
export function releaseContactsIn(places: string[], locale: Locale, sentence: (places: string) => string): string {
  const unique = [...new Set(places.map((p) => p.trim()).filter(Boolean))];
  if (unique.length === 0) return '';
  return sentence(new Intl.ListFormat(LIST_TAGS[locale], { type: 'conjunction' }).format(unique));
}
