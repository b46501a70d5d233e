import 'server-only';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { cities, contacts, releaseContacts, releaseDatelines, releases } from '@/db/schema';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { contactCardWith, toContactCard, type ContactCard } from './contact-card';
import { cityNameIn, cityNamesById, cityNamesIn, localizeCards } from './localized';
import { countListedReleases, oneVersionPerGroup, releaseTranslations } from './releases';
import { search } from './search';

export type ReleaseListItem = {
  id: number;
  slug: string;
  title: string;
  publishedOn: string;
  summary: string;
  dateline: string[];
  /** The language the release is written in (BCP 47 primary subtag) */
  language: string;
};

/** The home page's cities and people; in `locale`, city names and roles in that language where given. */
export async function getHomePage(locale: Locale = 'en') {
  const db = getDb();
  const cityRows = db
    .select({
      slug: cities.slug,
      name: cities.name,
      country: cities.country,
      timeZone: cities.timeZone,
      contactCount: count(contacts.id),
    })
    .from(cities)
    .leftJoin(contacts, and(eq(contacts.cityId, cities.id), eq(contacts.active, true)))
    .groupBy(cities.id)
    .orderBy(asc(cities.name))
    .all();
  const everyone = db.query.contacts
    .findMany({ where: eq(contacts.active, true), with: contactCardWith, orderBy: asc(contacts.fullName) })
    .sync()
    .map(toContactCard);
  const names = cityNamesIn(
    db,
    cityRows.map((c) => c.slug),
    locale,
  );
  const collator = new Intl.Collator(locale);
  const cityList =
    locale === 'en'
      ? cityRows
      : cityRows
          .map((c) => ({ ...c, name: names.get(c.slug) ?? c.name }))
          .sort((a, b) => collator.compare(a.name, b.name));
  return {
    cities: cityList,
    contacts: localizeCards(db, everyone, locale),
    latestReleases: listPublishedReleases({ limit: 5, offset: 0, locale }).items,
  };
}

/** A city's page in `locale`: its name and its people's cards in that language where given. */
export async function getCityPage(slug: string, locale: Locale = 'en') {
  const db = getDb();
  const row = db.query.cities.findFirst({ where: eq(cities.slug, slug) }).sync();
  if (!row) return null;
  const city = { ...row, name: cityNameIn(db, row, locale), englishName: row.name };
  const people: ContactCard[] = db.query.contacts
    .findMany({
      where: and(eq(contacts.cityId, city.id), eq(contacts.active, true)),
      with: contactCardWith,
      orderBy: asc(contacts.fullName),
    })
    .sync()
    .map(toContactCard);
  const latest = listPublishedReleases({ limit: 5, offset: 0, citySlug: slug, locale }).items;
  return { city, contacts: localizeCards(db, people, locale), latestReleases: latest };
}

export async function getContactPage(slug: string, locale: Locale = 'en') {
  const db = getDb();
  const row = db.query.contacts
    .findFirst({ where: eq(contacts.slug, slug), with: { ...contactCardWith, successor: true } })
    .sync();
  if (!row) return null;
  const covered = db
    .select({
      id: releases.id,
      slug: releases.slug,
      title: releases.title,
      publishedOn: releases.publishedOn,
      summary: releases.summary,
      language: releases.language,
      cityLabel: releaseContacts.cityLabel,
    })
    .from(releaseContacts)
    .innerJoin(releases, eq(releases.id, releaseContacts.releaseId))
    // One version of each release (a translation lists the same people, under its own labels): the reader's.
    .where(and(eq(releaseContacts.contactId, row.id), eq(releases.status, 'published'), oneVersionPerGroup(locale)))
    .orderBy(desc(releases.publishedOn), desc(releases.id))
    .all();
  return {
    contact: localizeCards(db, [toContactCard(row)], locale)[0]!,
    active: row.active,
    successor: row.successor ? { slug: row.successor.slug, fullName: row.successor.fullName } : null,
    releases: covered,
  };
}

export const RELEASES_PER_PAGE = 10;

export function listPublishedReleases({
  limit,
  offset,
  citySlug,
  locale = 'en',
}: {
  limit: number;
  offset: number;
  citySlug?: string;
  /** The reader's language: of a release's translations, the one in it is listed */
  locale?: string;
}) {
  const db = getDb();
  const cityFilter = citySlug
    ? inArray(
        releases.id,
        db
          .select({ id: releaseDatelines.releaseId })
          .from(releaseDatelines)
          .innerJoin(cities, eq(cities.id, releaseDatelines.cityId))
          .where(eq(cities.slug, citySlug)),
      )
    : undefined;
  const where = and(eq(releases.status, 'published'), cityFilter, oneVersionPerGroup(locale));
  const rows = db
    .select({
      id: releases.id,
      slug: releases.slug,
      title: releases.title,
      publishedOn: releases.publishedOn,
      summary: releases.summary,
      language: releases.language,
    })
    .from(releases)
    .where(where)
    .orderBy(desc(releases.publishedOn), desc(releases.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = cityFilter
    ? (db.select({ n: count() }).from(releases).where(where).get()?.n ?? 0)
    : countListedReleases(db);
  const datelines = rows.length
    ? db
        .select()
        .from(releaseDatelines)
        .where(
          inArray(
            releaseDatelines.releaseId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(releaseDatelines.position))
        .all()
    : [];
  // A dateline place that is one of our cities is named as the page names that city (as search does).
  const placeNames = cityNamesById(
    db,
    datelines.flatMap((d) => (d.cityId === null ? [] : [d.cityId])),
    locale,
  );
  const items: ReleaseListItem[] = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    publishedOn: r.publishedOn,
    summary: r.summary,
    dateline: datelines
      .filter((d) => d.releaseId === r.id)
      .map((d) => (d.cityId !== null && placeNames.get(d.cityId)) || d.place),
    language: r.language,
  }));
  return { items, total };
}

export async function getReleasesPage(page: number, citySlug?: string, locale = 'en') {
  const db = getDb();
  const english = db.select({ slug: cities.slug, name: cities.name }).from(cities).orderBy(asc(cities.name)).all();
  // The city filter in the reader's language, in that language's alphabetical order.
  const names = isLocale(locale)
    ? cityNamesIn(
        db,
        english.map((c) => c.slug),
        locale,
      )
    : new Map<string, string>();
  const allCities = english.map((c) => ({ slug: c.slug, name: names.get(c.slug) ?? c.name }));
  if (names.size > 0) allCities.sort((a, b) => a.name.localeCompare(b.name, locale));
  if (citySlug && !allCities.some((c) => c.slug === citySlug)) return null;
  const { items, total } = listPublishedReleases({
    limit: RELEASES_PER_PAGE,
    offset: (page - 1) * RELEASES_PER_PAGE,
    citySlug,
    locale,
  });
  const pages = Math.max(1, Math.ceil(total / RELEASES_PER_PAGE));
  if (page > pages) return null;
  return { items, total, page, pages, cities: allCities, citySlug: citySlug ?? null };
}

/** A listed contact who has left is shown under their own name but dials their successor. */
export type ListedContact = { label: string; listedName: string; card: ContactCard; replaced: boolean };

/** A published release; with `locale`, its contacts' cards and the desks' city names in that language. */
export async function getReleasePage(slug: string, locale: Locale = 'en') {
  const db = getDb();
  const release = db.query.releases
    .findFirst({
      where: and(eq(releases.slug, slug), eq(releases.status, 'published')),
      with: {
        datelines: { with: { city: true } },
        contactLinks: { with: { contact: { with: { ...contactCardWith, successor: { with: contactCardWith } } } } },
      },
    })
    .sync();
  if (!release) return null;
  const links = [...release.contactLinks].sort((a, b) => a.position - b.position);
  const cards = localizeCards(
    db,
    links.map(({ contact: c }) => toContactCard(!c.active && c.successor !== null ? c.successor : c)),
    locale,
  );
  const listed: ListedContact[] = links.map((link, i) => ({
    label: link.cityLabel,
    listedName: link.contact.fullName,
    card: cards[i]!,
    replaced: !link.contact.active && link.contact.successor !== null,
  }));
  const deskNames = cityNamesIn(
    db,
    release.datelines.flatMap((d) => (d.city ? [d.city.slug] : [])),
    locale,
  );
  const ownNames = isLocale(release.language)
    ? cityNamesIn(
        db,
        release.datelines.flatMap((d) => (d.city ? [d.city.slug] : [])),
        release.language,
      )
    : new Map<string, string>();
  const groups: { label: string; contacts: ListedContact[] }[] = [];
  for (const item of listed) {
    const group = groups.find((g) => g.label === item.label);
    if (group) group.contacts.push(item);
    else groups.push({ label: item.label, contacts: [item] });
  }
  return {
    id: release.id,
    slug: release.slug,
    title: release.title,
    publishedOn: release.publishedOn,
    summary: release.summary,
    body: release.body,
    about: release.about,
    /** The language the release's own text is in; the page marks it with lang */
    language: release.language,
    /** The same release in other languages ("Also in"), published ones only */
    translations: releaseTranslations(release.id, release.translationGroup, db),
    // As printed, in the release's own language where our city has a name in it (Москва/Женева on the Russian
    // version): the page marks the dateline with the release's lang.
    dateline: [...release.datelines]
      .sort((a, b) => a.position - b.position)
      .map((d) => (d.city && ownNames.get(d.city.slug)) || d.place),
    groups,
    /** The press desks of the cities in the dateline: the fallback when nobody is listed */
    datelineDesks: release.datelines.flatMap((d) =>
      d.city
        ? [
            {
              name: deskNames.get(d.city.slug) ?? d.city.name,
              deskEmail: d.city.deskEmail,
              dutyPhone: d.city.dutyPhone,
            },
          ]
        : [],
    ),
  };
}

export async function getContactForVCard(slug: string, locale: Locale = 'en') {
  const db = getDb();
  const row = db.query.contacts
    .findFirst({ where: and(eq(contacts.slug, slug), eq(contacts.active, true)), with: contactCardWith })
    .sync();
  return row ? localizeCards(db, [toContactCard(row)], locale)[0]! : null;
}

/** The site search (db/queries/search.ts), on the app's database; city names in the page's language. */
export async function searchDirectory(q: string, locale: Locale = 'en') {
  return search(getDb(), q, new Date(), locale);
}

/** The public page an interview request form was on, from the id the form carried; null when it is gone. */
export function requestTargetSlug(target: 'contact' | 'city' | 'release', id: number): string | null {
  const db = getDb();
  const row =
    target === 'contact'
      ? db.select({ slug: contacts.slug }).from(contacts).where(eq(contacts.id, id)).get()
      : target === 'city'
        ? db.select({ slug: cities.slug }).from(cities).where(eq(cities.id, id)).get()
        : db
            .select({ slug: releases.slug })
            .from(releases)
            .where(and(eq(releases.id, id), eq(releases.status, 'published')))
            .get();
  return row?.slug ?? null;
}
