import type { MetadataRoute } from 'next';
import { listSitemapPages } from '@/db/queries/sitemap';
import { publicUrl } from '@/lib/config';
import { sitemapEntries } from '@/lib/sharing/sitemap';

// Cached like the public pages; every public write drops it (lib/http/revalidate-public.ts), and so
// does the start of the server (the build renders it from an empty database).
export const dynamic = 'force-static';
export const revalidate = false;

/** Public pages only, in each language: no staff page, status link, fix page, search result or API address. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { cities, contacts, releases } = listSitemapPages();
  return sitemapEntries(publicUrl(), [
    { path: '/' },
    { path: '/releases' },
    { path: '/about' },
    ...cities.map((c) => ({ path: `/cities/${c.slug}`, lastModified: c.updatedAt })),
    ...contacts.map((c) => ({ path: `/contacts/${c.slug}`, lastModified: c.updatedAt })),
    ...releases.map((r) => ({ path: `/releases/${r.slug}`, lastModified: r.updatedAt })),
  ]);
}
