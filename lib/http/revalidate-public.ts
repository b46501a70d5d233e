import 'server-only';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { notePublicWrite } from '@/db/ops/public-version';
import { config } from '@/lib/config';
import { allLocalizedPaths, LOCALES } from '@/lib/i18n/locales';
import { purgeAtOnce, purgeCaches } from './cache-purge';
import { cachedPagePaths, withCompanions } from './public-companions';

/**
 * Every public URL (a path, no query string) that shows what a write of these pages changed, in every language
 * (/cities/x, /ru/cities/x, /fr/cities/x): the list the caches in front are told about. Writers name pages by
 * their English path.
 */
export function changedPublicPaths(paths: string[], { releaseLists }: { releaseLists: boolean }): string[] {
  const changed = [
    ...withCompanions(paths).flatMap((path) =>
      // A share image is named by the route that drew it, English included (/en/cities/x/opengraph-image-…).
      /\/opengraph-image-[0-9a-z]+$/.test(path)
        ? LOCALES.map((locale) => `/${locale}${path}`)
        : allLocalizedPaths(path),
    ),
    // Lists every city, contact and published release: any public write may change it.
    '/sitemap.xml',
    // The first page of all releases; its ?city=&page= variants are below.
    ...(releaseLists ? allLocalizedPaths('/releases') : []),
  ];
  return [...new Set(changed)];
}

/**
 * Drops exactly these cached public pages here, in the other processes and in the caches in front. Resolves once
 * the caches in front were asked once (half a second at most): the writer's next page is then the new one.
 */
export async function revalidatePublic(paths: string[], { releaseLists }: { releaseLists: boolean }): Promise<void> {
  const changed = changedPublicPaths(paths, { releaseLists });
  // Next keeps each page once per language, at /<locale>/… (proxy.ts rewrites English URLs to /en/…).
  for (const path of [...cachedPagePaths(paths), '/sitemap.xml']) revalidatePath(path);
  // Every /releases?city=&page= variant is one dynamic route (proxy.ts rewrites the query into it);
  // a route pattern must name its route group, or nothing matches. The caches in front keep a URL with a
  // query string for a second only (the app's s-maxage; no X-Accel-Expires for it), so nobody has to list them.
  if (releaseLists) revalidatePath('/[locale]/(public)/release-list/[city]/[page]', 'page');
  // The Atom feeds (app/[locale]/feeds) show releases and, as authors, their contacts' organisations: any
  // public write may change them. One layout tag drops both routes; re-rendering one is a query.
  // Route handlers like these are kept a second in front (lib/server/keep-in-front.ts).
  revalidatePath('/[locale]/feeds', 'layout');
  // Other processes on this database drop their caches within a poll (lib/server/public-changes.ts).
  notePublicWrite(getDb().$client);
  // Once now, bounded, then again in the background: a slow or absent cache never fails the write, and delays its
  // answer by half a second at most.
  const bases = config().CACHE_PURGE_URLS;
  if (bases.length === 0) return;
  void purgeCaches(changed, { bases });
  await purgeAtOnce(changed, { bases });
}
