import path from 'node:path';
import type { NextConfig } from 'next';
import { RELEASE_LIST_CITY, RELEASE_LIST_PAGE } from './lib/http/public-query';

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
  async rewrites() {
    const list = '/release-list';
    return {
      beforeFiles: [
        {
          source: '/releases',
          has: [
            { type: 'query', key: 'city', value: `(?<city>${RELEASE_LIST_CITY})` },
            { type: 'query', key: 'page', value: `(?<page>${RELEASE_LIST_PAGE})` },
          ],
          destination: `${list}/:city/:page`,
        },
        {
          source: '/releases',
          has: [{ type: 'query', key: 'city', value: `(?<city>${RELEASE_LIST_CITY})` }],
          destination: `${list}/:city/1`,
        },
        {
          source: '/releases',
          has: [{ type: 'query', key: 'page', value: `(?<page>${RELEASE_LIST_PAGE})` }],
          destination: `${list}/all/:page`,
        },
        { source: '/releases', destination: `${list}/all/1` },
      ],
    };
  },
  async headers() {
    // Security headers for every response (CSP, HSTS, nosniff…) are set by lib/server/server.ts at run time.
    return [
      // The status link is a secret: never leak it to a site the page links to.
      { source: '/request-status/:token', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
};

export default nextConfig;
