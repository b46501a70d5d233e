import type { Metadata } from 'next';
import { DEFAULT_LOCALE, LOCALES, localizedPath, splitLocale, type Locale } from '@/lib/i18n/locales';
import { feedAlternates } from '@/lib/releases/feed-links';

/** og:locale per language: British English as before, the others as read in Russia and France. */
const OPENGRAPH_LOCALE: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU', fr: 'fr_FR' };

/**
 * hreflang alternates of one public page: its address in each language, and English as x-default
 * (the version for a reader whose language Pressline does not have). `path` is unprefixed, with its
 * query string when the page has one (/releases?city=geneva).
 */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of LOCALES) languages[locale] = localizedPath(locale, path);
  languages['x-default'] = localizedPath(DEFAULT_LOCALE, path);
  return languages;
}

/**
 * What a link to a public page shows where it is shared (chats, social sites, search results):
 * the canonical address in the page's language, its other languages (hreflang), a title and
 * description, and OpenGraph and Twitter card tags. Paths are relative: the root layout's
 * `metadataBase` (the configured PUBLIC_URL) makes them absolute. The share image comes from the
 * route's opengraph-image file where there is one; Twitter falls back to og:image when it has no
 * twitter:image of its own.
 */
export function pageMetadata({
  title,
  description,
  path: given,
  locale: named,
  type = 'website',
  publishedOn,
  alternates: givenAlternates,
}: {
  title: string;
  description: string;
  /**
   * The page's path ("/cities/moscow"), with its query string if any; a path already in its language
   * ("/ru/cities/moscow") is read as that language's page
   */
  path: string;
  /** The page's language; English unless given here or by the path's prefix */
  locale?: Locale;
  type?: 'website' | 'article' | 'profile';
  publishedOn?: string;
  /** A page's alternates replace the layout's: the Atom feeds it points to (all releases in its language if none). */
  alternates?: Metadata['alternates'];
}): Metadata {
  const { locale: prefixed, path } = splitLocale(given);
  const locale = named ?? prefixed;
  const url = localizedPath(locale, path);
  const alternates = givenAlternates ?? feedAlternates(undefined, { locale });
  return {
    title,
    description,
    alternates: { ...alternates, canonical: url, languages: languageAlternates(path) },
    openGraph: {
      title,
      description,
      url,
      siteName: 'Pressline',
      locale: OPENGRAPH_LOCALE[locale],
      alternateLocale: LOCALES.filter((l) => l !== locale).map((l) => OPENGRAPH_LOCALE[l]),
      ...(type === 'article' ? { type, publishedTime: publishedOn } : { type }),
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}
