import 'server-only';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { notePublicWrite } from '@/db/ops/public-version';
import { cachedPagePaths } from './public-companions';

/** Drops exactly these cached public pages; the next visitor gets a fresh render. */
export function revalidatePublic(paths: string[], { releaseLists }: { releaseLists: boolean }): void {
  // Writers name a page by its English URL; Next keeps it once per language, at /<locale>/… (proxy.ts rewrites
  // English URLs to /en/…), so each is dropped in all three.
  for (const path of cachedPagePaths(paths)) revalidatePath(path);
  // Lists every city, contact and published release: any public write may change it.
  revalidatePath('/sitemap.xml');
  // Every /releases?city=&page= variant is one dynamic route (proxy.ts rewrites the query into it);
  // a route pattern must name its route group, or nothing matches.
  if (releaseLists) revalidatePath('/[locale]/(public)/release-list/[city]/[page]', 'page');
  // The Atom feeds (app/[locale]/feeds) show releases and, as authors, their contacts' organisations: any
  // public write may change them. One layout tag drops both routes; re-rendering one is a query.
  revalidatePath('/[locale]/feeds', 'layout');
  // Other processes on this database drop their caches within a poll (lib/server/public-changes.ts).
  notePublicWrite(getDb().$client);
}
