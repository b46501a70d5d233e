import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import ru from '@/messages/ru.json';
import type { Messages } from './messages';
import type { Locale } from './locales';

const CATALOGUES = { en, ru: ru as unknown as Messages, fr: fr as unknown as Messages } satisfies Record<
  Locale,
  Messages
>;

const translators = new Map<Locale, ReturnType<typeof make>>();
const make = (locale: Locale) => createTranslator({ locale, messages: CATALOGUES[locale] });

/**
 * translatorFor (./translator.ts) without the await, for text made inside a synchronous SQLite transaction
 * (the e-mails the outbox queues with the write that causes them) and inside a zod parse. The three
 * catalogues are small and server-only here; each translator is made once.
 */
export function syncTranslatorFor(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = make(locale)));
  return t;
}
export type SyncTranslator = ReturnType<typeof syncTranslatorFor>;

/** "Russian", "русский", "russe": a locale's name in another language (staff e-mails say it in English). */
export function localeName(locale: Locale, inLanguage: Locale = 'en'): string {
  return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(locale) ?? locale;
}
