import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from './locales';

/**
 * next-intl's routing: English without a prefix, /ru and /fr with one. No language is guessed from
 * Accept-Language or remembered in a cookie: a deep link always opens in the language it names, and a cached
 * public page never carries a Set-Cookie. hreflang alternates are in each page's metadata, not a Link header.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});
