import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // lib/server/server.ts compresses, after it has read the HTML for the CSP's script hashes.
  compress: false,
  // lib/server/etag.ts tags cached pages with a native SHA-1 instead of Next's FNV-1a in JavaScript.
  generateEtags: false,
  // Forms here are short; a body this large is abuse, refused before any action runs.
  experimental: { serverActions: { bodySizeLimit: '256kb' } },
  // Pages are rendered after start from the real database; the build only checks that they compile.
  typescript: { ignoreBuildErrors: false },
  async rewrites() {
    const list = '/release-list';
    return {
      beforeFiles: [
        {
          source: '/releases',
          has: [
            { type: 'query', key: 'city', value: '(?<city>[a-z0-9-]{1,80})' },
            { type: 'query', key: 'page', value: '(?<page>\\d{1,6})' },
          ],
          destination: `${list}/:city/:page`,
        },
        { source: '/releases', has: [{ type: 'query', key: 'city', value: '(?<city>[a-z0-9-]{1,80})' }], destination: `${list}/:city/1` },
        { source: '/releases', has: [{ type: 'query', key: 'page', value: '(?<page>\\d{1,6})' }], destination: `${list}/all/:page` },
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
