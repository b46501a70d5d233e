import type { MetadataRoute } from 'next';
import { publicUrl } from '@/lib/config';
import { DEFAULT_LOCALE, LOCALES, localizedPath } from '@/lib/i18n/locales';

// Read at run time: the public address is the server's setting, not the build machine's.
export const dynamic = 'force-dynamic';

/**
 * The directory is for finding; staff pages, private links (a request's status, a refused form's
 * fix page), search results and the API are not. (A printable contact sheet says noindex itself.) Staff pages also
 * check the session: this only keeps well-behaved crawlers from knocking.
 */
const DISALLOWED = [
  '/staff',
  '/me',
  '/requests',
  '/sign-in',
  '/forgot-password',
  '/set-password',
  '/sign-out',
  '/request-status/',
  '/interview-requests/',
  '/search',
  '/api/',
];

/** The private public pages again under each language's prefix (/ru/search, /fr/request-status/…). */
const PER_LANGUAGE = ['/request-status/', '/interview-requests/', '/search'];

const disallow = [
  ...DISALLOWED,
  ...LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).flatMap((locale) =>
    PER_LANGUAGE.map((path) => localizedPath(locale, path)),
  ),
];

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow }, sitemap: `${publicUrl()}/sitemap.xml` };
}
