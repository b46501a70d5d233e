import type { MetadataRoute } from 'next';
import { listSitemapPages } from '@/db/queries/sitemap';
import { publicUrl } from '@/lib/config';

// Cached like the public pages; every public write drops it (lib/http/revalidate-public.ts), and so
// does the start of the server (the build renders it from an empty database).
export const dynamic = 'force-static';
export const revalidate = false;

/** Public pages only: no staff page, status link, fix page, search result or API address. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = publicUrl();
  const { cities, contacts, releases } = listSitemapPages();
  return [
    { url: `${base}/` },
    { url: `${base}/releases` },
    { url: `${base}/about` },
    ...cities.map((c) => ({ url: `${base}/cities/${c.slug}`, lastModified: c.updatedAt })),
    ...contacts.map((c) => ({ url: `${base}/contacts/${c.slug}`, lastModified: c.updatedAt })),
    ...releases.map((r) => ({ url: `${base}/releases/${r.slug}`, lastModified: r.updatedAt })),
  ];
}
