import { createTranslator } from 'next-intl';
import { loadMessages } from './messages';
import type { Locale } from './locales';

/**
 * A translator outside React: e-mails to journalists, vCard labels, feed titles, API errors.
 * Same catalogues and ICU rules as the pages.
 */
export async function translatorFor(locale: Locale) {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages });
}
