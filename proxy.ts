import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { splitLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { isImpossibleSlugPath } from '@/lib/http/public-slug';
import { RELEASE_LIST_CITY, RELEASE_LIST_PAGE } from '@/lib/http/public-query';

/** next-intl: /cities/x is English (rendered as /en/cities/x), /ru/… and /fr/… the others, /en/… redirects. */
const intl = createMiddleware(routing);

/** Pages that are not in the reader's language: the staff workspace and its sign-in, in English only. */
const ENGLISH_ONLY = /^\/(?:staff|me|requests|sign-in|sign-out|forgot-password|set-password)(?:\/|$)/;
const STAFF = /^\/(?:staff|me|requests)(?:\/|$)/;
const CITY = new RegExp(`^${RELEASE_LIST_CITY}$`);
const PAGE = new RegExp(`^${RELEASE_LIST_PAGE}$`);
const SHARE_IMAGE = /\/opengraph-image-[a-z0-9]+$/;

/**
 * Three jobs. A public URL whose slug no real one could be (too long, other characters) gets the site's
 * prebuilt 404 page at once. Public pages get their language from the URL (next-intl), and `/releases?city=&page=`
 * becomes the release-list route it renders from (cached per city and page). And, as a convenience only, visitors
 * without a session cookie go straight from staff URLs to the sign-in page: every staff page and Server Action
 * still checks the session itself (lib/auth/staff-session.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (ENGLISH_ONLY.test(pathname)) return STAFF.test(pathname) ? toSignIn(request) : NextResponse.next();
  const { locale, path } = splitLocale(pathname);
  // The Not found page in the URL's language (app/[locale]/(public)/missing, prerendered), with status 404.
  if (isImpossibleSlugPath(path) || path === '/missing')
    return NextResponse.rewrite(new URL(`/${locale}/missing`, request.url), { status: 404 });
  if (path === '/releases' && pathname !== '/en/releases') return releaseList(request, locale);
  // Next names an English page's share image by the route it rendered (/en/cities/x/opengraph-image-…): served
  // there as it is, not redirected to an English URL that would cost every crawler a hop.
  if (pathname.startsWith('/en/') && SHARE_IMAGE.test(pathname)) return NextResponse.next();
  return intl(request);
}

function toSignIn(request: NextRequest) {
  const hasCookie =
    request.cookies.has('better-auth.session_token') || request.cookies.has('__Secure-better-auth.session_token');
  if (hasCookie || request.method !== 'GET') return NextResponse.next();
  const url = new URL('/sign-in', request.url);
  url.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

/** `/releases?city=geneva&page=2` (any language) → the cached route for that city and page; anything else → page 1. */
function releaseList(request: NextRequest, locale: string) {
  const query = request.nextUrl.searchParams;
  const one = (name: string, pattern: RegExp) => {
    const values = query.getAll(name);
    return values.length === 1 && pattern.test(values[0]!) ? values[0]! : null;
  };
  const city = one('city', CITY) ?? 'all';
  const page = one('page', PAGE) ?? '1';
  return NextResponse.rewrite(new URL(`/${locale}/release-list/${city}/${page}`, request.url));
}

export const config = {
  // Pages only: not Next's own files, the API, the service worker, or a file with an extension (public/, icons,
  // robots.txt…), except the Atom feeds, which are pages in each language.
  matcher: ['/((?!_next/|api/|serwist/|\\.well-known/|.*\\..*).*)', '/feeds/:path*', '/:locale(ru|fr|en)/feeds/:path*'],
};
