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
  // Scripts and styles only: the pages themselves are kept as they are opened, not at install.
  globPatterns: ['.next/static/**/*.{js,css}'],
  esbuildOptions: {
    // A classic script: registers everywhere, module workers are not needed.
    format: 'iife',
    define: { __PRESSLINE_BUILD_ID__: JSON.stringify(buildId()) },
  },
});
