import 'server-only';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { notePublicWrite } from '@/db/ops/public-version';
import { withCompanions } from './public-companions';

/** Drops exactly these cached public pages; the next visitor gets a fresh render. */
export function revalidatePublic(paths: string[], { releaseLists }: { releaseLists: boolean }): void {
  for (const path of withCompanions(paths)) revalidatePath(path);
  // Lists every city, contact and published release: any public write may change it.
  revalidatePath('/sitemap.xml');
  // Every /releases?city=&page= variant is one dynamic route (see next.config.ts rewrites);
  // a route pattern must name its route group, or nothing matches.
  if (releaseLists) revalidatePath('/(public)/release-list/[city]/[page]', 'page');
  // The Atom feeds (app/feeds) show releases and, as authors, their contacts' organisations: any
  // public write may change them. One layout tag drops both routes; re-rendering one is a query.
  revalidatePath('/feeds', 'layout');
  // Other processes on this database drop their caches within a poll (lib/server/public-changes.ts).
  notePublicWrite(getDb().$client);
}
