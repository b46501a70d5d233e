import { NextResponse, type NextRequest } from 'next/server';
import { isImpossibleSlugPath, publicSlugOf } from '@/lib/http/public-slug';

/**
 * Two jobs. A public URL whose slug no real one could be (too long, other characters) gets the site's
 * prebuilt 404 page at once. And, as a convenience only, visitors without a session cookie go straight
 * to the sign-in page: every staff page and Server Action still checks the session itself
 * (lib/auth/staff-session.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isImpossibleSlugPath(pathname)) return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
  if (publicSlugOf(pathname) !== null) return NextResponse.next();
  const hasCookie =
    request.cookies.has('better-auth.session_token') || request.cookies.has('__Secure-better-auth.session_token');
  if (hasCookie || request.method !== 'GET') return NextResponse.next();
  const url = new URL('/sign-in', request.url);
  url.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: [
    '/staff',
    '/staff/:path*',
    '/me',
    '/me/:path*',
    '/requests',
    '/requests/:path*',
    '/contacts/:path+',
    '/cities/:path+',
    '/releases/:path+',
    '/feeds/cities/:path+',
  ],
};
