import { splitLocale } from '@/lib/i18n/locales';

/**
 * What the service worker may keep on a journalist's phone: the public directory only. A path must be
 * on this list *and* its answer must be one a shared cache may keep (`public`, as the server marks the
 * pages Next caches): staff pages, status links, the fix page, search and the API answer `private` or
 * `no-store`, and a page that sets a cookie is never cached by Next, so it is never `public` either. A
 * service worker cannot read `Set-Cookie` itself (browsers hide it from fetch), hence the second rule.
 */
const STORABLE_PATHS = [
  /^\/$/,
  /^\/about$/,
  /^\/cities\/[a-z0-9-]+$/,
  /^\/contacts\/[a-z0-9-]+$/,
  /^\/contacts\/[a-z0-9-]+\/vcard$/,
  /^\/releases\/[a-z0-9-]+$/,
];

/** A directory page or vCard, asked for without a query (search, filters and tokens all have one). */
export function isStorableUrl(url: URL, origin: string): boolean {
  const { path } = splitLocale(url.pathname);
  return url.origin === origin && url.search === '' && STORABLE_PATHS.some((p) => p.test(path));
}

// In any language: /cities/x, /ru/cities/x, /fr/cities/x.
export const isCityPath = (pathname: string) => /^\/cities\/[a-z0-9-]+$/.test(splitLocale(pathname).path);
export const isVCardPath = (pathname: string) => /^\/contacts\/[a-z0-9-]+\/vcard$/.test(splitLocale(pathname).path);

/** A complete, same-origin 200 that any cache may keep: HTML or a vCard, `public`, never `private`/`no-store`. */
export function isStorableResponse(response: Pick<Response, 'status' | 'type' | 'headers'>): boolean {
  if (response.status !== 200 || (response.type !== 'basic' && response.type !== 'default')) return false;
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if (!type.startsWith('text/html') && !type.startsWith('text/vcard')) return false;
  const directives = (response.headers.get('cache-control') ?? '')
    .toLowerCase()
    .split(',')
    .map((d) => d.trim().split('=')[0]);
  if (directives.includes('no-store') || directives.includes('private')) return false;
  if ((response.headers.get('vary') ?? '').toLowerCase().includes('cookie')) return false;
  return directives.includes('public');
}

/** Same-origin links to contact pages and their vCards in a city page's HTML, without repeats. */
export function linkedDirectoryPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const [, path = ''] of html.matchAll(/href="((?:\/(?:ru|fr))?\/contacts\/[a-z0-9-]+(?:\/vcard)?)"/g))
    paths.add(path);
  return [...paths];
}

/**
 * The build's scripts and styles a page names (tags and the RSC payload alike), without repeats: a kept
 * page needs them to run its islands (the request form keeps a draft only with its script).
 */
export function pageAssetPaths(html: string): string[] {
  return [...new Set(html.match(/\/_next\/static\/[\w\-./]+\.(?:js|css)/g) ?? [])];
}

export const isAssetPath = (pathname: string) => pathname.startsWith('/_next/static/');
