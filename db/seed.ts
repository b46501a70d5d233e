import { inArray, sql } from 'drizzle-orm';
import type { Db } from './';
import {
  cities,
  cityNames,
  contactHours,
  contactLanguages,
  contactPhones,
  contacts,
  contactTranslations,
  releaseContacts,
  releaseDatelines,
  releases,
} from './schema';
import { demoCities, demoCityNames, demoContactTranslations, demoContacts, demoReleases } from './demo-data';

const DAY = 24 * 60 * 60 * 1000;

export function isEmpty(db: Db): boolean {
  const row = db.get<{ n: number }>(sql`select count(*) as n from ${cities}`);
  return !row || row.n === 0;
}

/** Loads the demo data into an empty database, in one transaction. Returns false if it was not empty. */
export function seedDemoData(db: Db, now = new Date()): boolean {
  return db.transaction((tx) => {
    if (isEmpty(tx as unknown as Db) === false) return false;
    const cityIds = new Map<string, number>();
    for (const c of demoCities) {
      const [row] = tx.insert(cities).values(c).returning({ id: cities.id }).all();
      cityIds.set(c.slug, row!.id);
      const names = demoCityNames[c.slug];
      if (names)
        tx.insert(cityNames)
          .values(Object.entries(names).map(([locale, name]) => ({ cityId: row!.id, locale, name })))
          .run();
    }
    const contactIds = new Map<string, number>();
    for (const c of demoContacts) {
      const [row] = tx
        .insert(contacts)
        .values({
          slug: c.slug,
          fullName: c.fullName,
          localName: c.localName ?? null,
          role: c.role,
          organisation: c.organisation,
          cityId: cityIds.get(c.city)!,
          email: c.email ?? null,
          bio: c.bio,
          onLeave: Boolean(c.leaveDays),
          leaveReturnsOn: c.leaveDays ? new Date(now.getTime() + c.leaveDays * DAY).toISOString().slice(0, 10) : null,
          confirmedAt: new Date(now.getTime() - c.confirmedDaysAgo * DAY),
        })
        .returning({ id: contacts.id })
        .all();
      const id = row!.id;
      contactIds.set(c.slug, id);
      tx.insert(contactLanguages)
        .values(c.languages.map((tag, position) => ({ contactId: id, tag, position })))
        .run();
      tx.insert(contactPhones)
        .values(
          c.phones.map((p, position) => ({
            contactId: id,
            kind: p.kind,
            e164: p.e164,
            extension: p.extension ?? null,
            position,
          })),
        )
        .run();
      const texts = Object.entries(demoContactTranslations[c.slug] ?? {});
      if (texts.length)
        tx.insert(contactTranslations)
          .values(texts.map(([locale, t]) => ({ contactId: id, locale, role: t.role, bio: t.bio })))
          .run();
      if (c.hours.length)
        tx.insert(contactHours)
          .values(c.hours.map((h) => ({ contactId: id, ...h })))
          .run();
    }
    for (const c of demoContacts) {
      if (!c.delegate) continue;
      tx.update(contacts)
        .set({ delegateId: contactIds.get(c.delegate)! })
        .where(sql`${contacts.id} = ${contactIds.get(c.slug)!}`)
        .run();
    }
    const cityByName = new Map(demoCities.map((c) => [c.name, cityIds.get(c.slug)!]));
    const releaseIds = new Map<string, number>();
    for (const r of demoReleases) {
      const [row] = tx
        .insert(releases)
        .values({
          slug: r.slug,
          title: r.title,
          publishedOn: r.publishedOn,
          status: r.status,
          summary: r.summary,
          body: r.body,
          language: r.language ?? 'en',
        })
        .returning({ id: releases.id })
        .all();
      const releaseId = row!.id;
      releaseIds.set(r.slug, releaseId);
      // A translation joins the group of the release it translates, numbered by the group's first release.
      if (r.translationOf) {
        const group = releaseIds.get(r.translationOf)!;
        tx.update(releases)
          .set({ translationGroup: group })
          .where(inArray(releases.id, [group, releaseId]))
          .run();
      }
      tx.insert(releaseDatelines)
        .values(
          r.dateline.map((place, position) => ({ releaseId, position, place, cityId: cityByName.get(place) ?? null })),
        )
        .run();
      tx.insert(releaseContacts)
        .values(
          r.contacts.map((c, position) => ({
            releaseId,
            contactId: contactIds.get(c.slug)!,
            cityLabel: c.label,
            position,
          })),
        )
        .run();
    }
    return true;
  });
}
