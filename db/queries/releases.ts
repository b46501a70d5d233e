import 'server-only';
import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import { releases } from '@/db/schema';

/**
 * Lists show one version of each translation group: the one in the reader's language when it is published,
 * else the group's first published release (the original, as a rule). A release outside any group is its own.
 * The outer query must read `releases` under its own name.
 */
export function oneVersionPerGroup(locale: string): SQL {
  return sql`(${releases.translationGroup} is null or ${releases.id} = (
    select v.id from releases v
    where v.translation_group = ${releases.translationGroup} and v.status = 'published'
    order by v.language = ${locale} desc, v.id
    limit 1))`;
}

/**
 * How many entries the unfiltered list has: published releases outside any group, and one per group with a
 * published release. Read from the (status, translation_group) index alone, as fast as counting the rows was.
 */
export function countListedReleases(db: Db = getDb()): number {
  const row = db.$client
    .prepare(
      `select (select count(*) from releases where status = 'published' and translation_group is null)
        + (select count(distinct translation_group) from releases
           where status = 'published' and translation_group is not null) as n`,
    )
    .get() as { n: number };
  return row.n;
}

export type ReleaseTranslation = { slug: string; language: string; title: string };

/** The other published releases of a release's translation group, the group's first release first. */
export function releaseTranslations(releaseId: number, group: number | null, db: Db = getDb()): ReleaseTranslation[] {
  if (group === null) return [];
  return db
    .select({ slug: releases.slug, language: releases.language, title: releases.title })
    .from(releases)
    .where(and(eq(releases.translationGroup, group), ne(releases.id, releaseId), eq(releases.status, 'published')))
    .orderBy(asc(releases.id))
    .all();
}
