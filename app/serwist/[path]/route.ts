import fs from 'node:fs';
import path from 'node:path';
import { createSerwistRoute } from '@serwist/turbopack';

/**
 * Next writes the build id before it prerenders this route; the worker carries it, so every deploy
 * ships a different worker that replaces the last one and drops its pages (lib/offline/cache-versions.ts).
 */
function buildId(): string {
  try {
    return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'development';
  }
}

// /serwist/sw.js: lib/offline/service-worker.ts bundled by esbuild, with the build's static files to precache.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'lib/offline/service-worker.ts',
  useNativeEsbuild: true,
  // The icons only: the build's scripts (2.5 MB, 600 kB compressed, most of it staff pages') are not
  // fetched at install; the worker keeps a page's own scripts with the page (lib/offline/service-worker.ts).
  globPatterns: ['public/icons/*.png'],
  esbuildOptions: {
    // A classic script: registers everywhere, module workers are not needed.
    format: 'iife',
    define: { __PRESSLINE_BUILD_ID__: JSON.stringify(buildId()) },
  },
});
