'use client';

import { useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { preferredLocale } from '@/lib/i18n/preferred-locale';

/** One offer per language, written in that language ("Эта страница есть на русском"), with its address. */
export type LanguageOffers = Partial<Record<Locale, { text: string; href: string }>>;

const never = () => () => {};
const browserLocale = () => preferredLocale(navigator.languages ?? [navigator.language]);

/**
 * On an English page, one line offering the same page in the language the reader's browser puts first,
 * if Pressline has it. Only in the browser: the server never guesses a language, never redirects, and
 * the cached page is the same for everyone. Without JavaScript, the language switch is there instead.
 */
export function LanguageOffer({ offers }: { offers: LanguageOffers }) {
  const locale = useSyncExternalStore(never, browserLocale, () => null);
  const offer = locale ? offers[locale] : undefined;
  if (!locale || !offer) return null;
  return (
    <p lang={locale} className="mt-3 rounded border border-stone-300 bg-white px-3 py-2">
      <a
        href={offer.href}
        hrefLang={locale}
        className="inline-flex min-h-6 items-center font-semibold text-blue-800 underline"
      >
        {offer.text}
      </a>
    </p>
  );
}
