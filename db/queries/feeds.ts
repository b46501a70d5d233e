import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { cities, contacts, releaseContacts, releaseDatelines, releases } from '@/db/schema';
import { oneVersionPerGroup } from './releases';

export const FEED_SIZE = 50;

export type FeedRelease = {
  slug: string;
  title: string;
  summary: string;
  publishedOn: string;
  updatedAt: Date;
  organisations: string[];
  language: string;
};

/**
 * The newest published releases, all or datelined from one city, one version of each translation group (the
 * reader's language's when there is one); null when the city does not exist.
 */
export async function getReleaseFeed(
  citySlug?: string,
  locale = 'en',
): Promise<{ city: { slug: string; name: string } | null; releases: FeedRelease[] } | null> {
  const db = getDb();
  const city = citySlug
    ? db
        .select({ id: cities.id, slug: cities.slug, name: cities.name })
        .from(cities)
        .where(eq(cities.slug, citySlug))
        .get()
    : undefined;
  if (citySlug && !city) return null;
  const fromCity = city
    ? inArray(
        releases.id,
        db
          .select({ id: releaseDatelines.releaseId })
          .from(releaseDatelines)
          .where(eq(releaseDatelines.cityId, city.id)),
      )
    : undefined;
  const rows = db
    .select({
      id: releases.id,
      slug: releases.slug,
      title: releases.title,
      summary: releases.summary,
      publishedOn: releases.publishedOn,
      updatedAt: releases.updatedAt,
      language: releases.language,
    })
    .from(releases)
    .where(and(eq(releases.status, 'published'), fromCity, oneVersionPerGroup(locale)))
    .orderBy(desc(releases.publishedOn), desc(releases.id))
    .limit(FEED_SIZE)
    .all();
  // The organisations whose spokespeople a release lists stand as its authors ("IFRC").
  const orgs = rows.length
    ? db
        .selectDistinct({ releaseId: releaseContacts.releaseId, organisation: contacts.organisation })
        .from(releaseContacts)
        .innerJoin(contacts, eq(contacts.id, releaseContacts.contactId))
        .where(
          inArray(
            releaseContacts.releaseId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return {
    city: city ? { slug: city.slug, name: city.name } : null,
    releases: rows.map(({ id, ...r }) => ({
      ...r,
      organisations: [...new Set(orgs.filter((o) => o.releaseId === id && o.organisation).map((o) => o.organisation))],
    })),
  };
}
