import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { cities, contacts, releases } from '@/db/schema';

/**
 * Every public page a search engine should know: each city, each active contact (a contact who has
 * left keeps a page that says so, for old links, but is not offered) and each published release.
 */
export function listSitemapPages() {
  const db = getDb();
  return {
    cities: db.select({ slug: cities.slug, updatedAt: cities.updatedAt }).from(cities).orderBy(asc(cities.name)).all(),
    contacts: db
      .select({ slug: contacts.slug, updatedAt: contacts.updatedAt })
      .from(contacts)
      .where(eq(contacts.active, true))
      .orderBy(asc(contacts.fullName))
      .all(),
    releases: db
      .select({ slug: releases.slug, updatedAt: releases.updatedAt })
      .from(releases)
      .where(eq(releases.status, 'published'))
      .orderBy(desc(releases.publishedOn), desc(releases.id))
      .all(),
  };
}
