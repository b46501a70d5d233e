import { LONGEST_SLUG } from '@/lib/slug';

/** What a slug in a public URL can be: what `slugify` makes, no longer than any real one. */
const SLUG = new RegExp(`^[a-z0-9-]{1,${LONGEST_SLUG}}$`);
const PUBLIC_SLUG_PATH = /^\/(?:contacts|cities|releases|feeds\/cities)\/([^/]*)/;

/**
 * The slug a public detail URL names (`/contacts/<slug>/vcard`, `/feeds/cities/<slug>.xml`), or null. The path is
 * without its language prefix (lib/i18n/locales.ts `splitLocale`).
 */
export function publicSlugOf(pathname: string): string | null {
  const segment = PUBLIC_SLUG_PATH.exec(pathname)?.[1];
  if (segment === undefined) return null;
  return pathname.startsWith('/feeds/') ? segment.replace(/\.xml$/, '') : segment;
}

/** True when the URL names a public slug that no real contact, city or release can have. */
export function isImpossibleSlugPath(pathname: string): boolean {
  const slug = publicSlugOf(pathname);
  return slug !== null && !SLUG.test(slug);
}
