import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '..';
import { cities, contacts, releaseContacts, releases } from '../schema';

/**
 * The public pages that show any of these contacts, directly or as somebody's delegate
 * or successor: their contact pages and vCards, their cities, the releases that list
 * them, and the home page. `extraCityIds` adds cities a contact just left.
 */
export function publicPathsForContacts(db: Db, contactIds: number[], extraCityIds: number[] = []): string[] {
  if (contactIds.length === 0 && extraCityIds.length === 0) return ['/'];
  const ids = new Set(contactIds);
  // People whose cards show these contacts' numbers: those they stand in for or took over from.
  if (contactIds.length) {
    for (const row of db
      .select({ id: contacts.id })
      .from(contacts)
      .where(or(inArray(contacts.delegateId, contactIds), inArray(contacts.successorId, contactIds)))
      .all())
      ids.add(row.id);
  }
  const people = ids.size
    ? db
        .select({ slug: contacts.slug, cityId: contacts.cityId })
        .from(contacts)
        .where(inArray(contacts.id, [...ids]))
        .all()
    : [];
  const cityIds = [...new Set([...people.map((p) => p.cityId), ...extraCityIds])];
  const citySlugs = cityIds.length
    ? db.select({ slug: cities.slug }).from(cities).where(inArray(cities.id, cityIds)).all()
    : [];
  const releaseSlugs = ids.size
    ? db
        .selectDistinct({ slug: releases.slug })
        .from(releaseContacts)
        .innerJoin(releases, eq(releases.id, releaseContacts.releaseId))
        .where(inArray(releaseContacts.contactId, [...ids]))
        .all()
    : [];
  return [
    '/',
    ...people.flatMap((p) => [`/contacts/${p.slug}`, `/contacts/${p.slug}/vcard`]),
    ...citySlugs.map((c) => `/cities/${c.slug}`),
    ...releaseSlugs.map((r) => `/releases/${r.slug}`),
  ].filter((p, i, all) => all.indexOf(p) === i);
}
