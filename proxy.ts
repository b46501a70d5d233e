import { NextResponse, type NextRequest } from 'next/server';

/**
 * A convenience only: visitors without a session cookie go straight to the sign-in page.
 * Every staff page and Server Action still checks the session itself (lib/auth/staff-session.ts).
 */
export function proxy(request: NextRequest) {
  const hasCookie = request.cookies.has('better-auth.session_token') || request.cookies.has('__Secure-better-auth.session_token');
  if (hasCookie || request.method !== 'GET') return NextResponse.next();
  const url = new URL('/sign-in', request.url);
  url.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/staff', '/staff/:path*', '/me', '/me/:path*', '/requests', '/requests/:path*'] };
