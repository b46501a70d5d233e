import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // lib/server/server.ts compresses, after it has read the HTML for the CSP's script hashes.
  compress: false,
  // Forms here are short; a body this large is abuse, refused before any action runs.
  experimental: { serverActions: { bodySizeLimit: '256kb' } },
  // Pages are rendered after start from the real database; the build only checks that they compile.
  typescript: { ignoreBuildErrors: false },
  // Next's file-system page cache, except that a 404 (an unknown slug) is never written: see the file.
  cacheHandler: path.join(process.cwd(), 'lib/server/cache-handler.mjs'),
  async headers() {
    // Security headers for every response (CSP, HSTS, nosniff…) are set by lib/server/server.ts at run time.
    return [
      // The status link is a secret: never leak it to a site the page links to.
      { source: '/request-status/:token', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
      { source: '/:locale(ru|fr)/request-status/:token', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
};

// next-intl: each request's language and messages (lib/i18n/request.ts); `/releases?city=&page=` is mapped in proxy.ts.
export default createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig);
