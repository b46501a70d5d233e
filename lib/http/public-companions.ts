import { LOCALES } from '@/lib/i18n/locales';

/**
 * Next names a metadata image route inside a route group with a hash of its parent folder
 * (`/cities/moscow/opengraph-image-1dn5y7`; next/dist/lib/metadata/get-metadata-route.js), and its
 * cache entry by that path. The same djb2 hash here: e2e/sharing.spec.ts checks that the og:image
 * a page names is the path dropped below, so a change in Next's naming fails a test, not silently.
 */
function metadataImagePath(folder: string): string {
  let hash = 5381;
  for (let i = 0; i < folder.length; i++) hash = ((hash << 5) + hash + folder.charCodeAt(i)) & 0xffffffff;
  return `opengraph-image-${(hash >>> 0).toString(36).slice(0, 6)}`;
}
const CITY_IMAGE = metadataImagePath('/[locale]/(public)/cities/[slug]');
const RELEASE_IMAGE = metadataImagePath('/[locale]/(public)/releases/[slug]');

/**
 * The cached URLs that show what a public page shows: a city's printable contact sheet and share
 * image, a release's share image. Writers name the page; its companions go with it.
 */
export function withCompanions(paths: string[]): string[] {
  const all = paths.flatMap((path) => {
    if (/^\/cities\/[^/]+$/.test(path)) return [path, `${path}/sheet`, `${path}/${CITY_IMAGE}`];
    if (/^\/releases\/[^/]+$/.test(path)) return [path, `${path}/${RELEASE_IMAGE}`];
    return [path];
  });
  return [...new Set(all)];
}

/**
 * Where Next keeps these pages: once per language, English under /en (proxy.ts rewrites English URLs there).
 * What `revalidatePublic()` drops for pages named by their English URL.
 */
export function cachedPagePaths(paths: string[]): string[] {
  return withCompanions(paths).flatMap((path) =>
    LOCALES.map((locale) => (path === '/' ? `/${locale}` : `/${locale}${path}`)),
  );
}
