import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { cities, contacts } from '@/db/schema';
import type { ListQuery } from '@/lib/http/api-query';
import { normaliseLine } from '@/lib/text/normalise';
import { contactCardWith, toContactCard, type ContactCard } from './contact-card';
import { getReleasePage, listPublishedReleases, type ReleaseListItem } from './directory';

/*
 * What the read-only API publishes: exactly what the public pages show, field by field. Each shape is
 * written out here (never a spread of a row), so a column added later stays private until added here.
 */

/**
 * One-line fields are one line here even when a row was stored before the forms normalised text (or came
 * from an import): an API client that splits on CR/LF must not see a name break in two.
 */
const line = (value: string) => normaliseLine(value);
const lineOrNull = (value: string | null) => (value === null ? null : normaliseLine(value));

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export function publicCity(c: {
  slug: string;
  name: string;
  localName: string | null;
  country: string;
  timeZone: string;
  deskEmail: string;
  dutyPhone: string;
}) {
  return {
    slug: c.slug,
    name: line(c.name),
    localName: lineOrNull(c.localName),
    country: c.country,
    timeZone: c.timeZone,
    pressDesk: { email: c.deskEmail, dutyPhone: c.dutyPhone },
    links: {
      html: `/cities/${c.slug}`,
      contacts: `/api/v1/contacts?city=${c.slug}`,
      releases: `/api/v1/releases?city=${c.slug}`,
      feed: `/feeds/cities/${c.slug}.xml`,
    },
  };
}

const publicPhones = (phones: ContactCard['phones']) =>
  phones.map((p) => ({ kind: p.kind, e164: p.e164, extension: p.extension }));

export function publicContact(c: ContactCard) {
  return {
    slug: c.slug,
    fullName: line(c.fullName),
    localName: lineOrNull(c.localName),
    role: line(c.role),
    organisation: line(c.organisation),
    // Shown on the public card when the contact has one; desk-only contacts have none.
    email: c.email,
    bio: c.bio,
    city: { slug: c.city.slug, name: line(c.city.name), country: c.city.country, timeZone: c.city.timeZone },
    languages: c.languages,
    phones: publicPhones(c.phones),
    hours: c.hours.map((h) => ({ weekday: h.weekday, start: hhmm(h.startMinute), end: hhmm(h.endMinute) })),
    leave: { onLeave: c.leave.onLeave, returnsOn: c.leave.returnsOn },
    delegate: c.delegate
      ? { slug: c.delegate.slug, fullName: line(c.delegate.fullName), phones: publicPhones(c.delegate.phones) }
      : null,
    confirmedOn: c.confirmedAt === null ? null : new Date(c.confirmedAt).toISOString().slice(0, 10),
    links: { html: `/contacts/${c.slug}`, vcard: `/contacts/${c.slug}/vcard`, api: `/api/v1/contacts/${c.slug}` },
  };
}

export function publicReleaseSummary(r: ReleaseListItem) {
  return {
    slug: r.slug,
    title: line(r.title),
    publishedOn: r.publishedOn,
    summary: r.summary,
    dateline: r.dateline.map(line),
    /** BCP 47 primary subtag of the release's own text */
    language: r.language,
    links: { html: `/releases/${r.slug}`, api: `/api/v1/releases/${r.slug}` },
  };
}

type Page<T> = { items: T[]; total: number };

export async function listApiCities({ page, per_page }: ListQuery): Promise<Page<ReturnType<typeof publicCity>>> {
  const db = getDb();
  const rows = db
    .select()
    .from(cities)
    .orderBy(asc(cities.name), asc(cities.id))
    .limit(per_page)
    .offset((page - 1) * per_page)
    .all();
  const total = db.select({ n: count() }).from(cities).get()?.n ?? 0;
  return { items: rows.map(publicCity), total };
}

/** Active contacts, by name; null when `city` names no city. */
export async function listApiContacts({
  page,
  per_page,
  city,
}: ListQuery): Promise<Page<ReturnType<typeof publicContact>> | null> {
  const db = getDb();
  let cityId: number | undefined;
  if (city) {
    cityId = db.select({ id: cities.id }).from(cities).where(eq(cities.slug, city)).get()?.id;
    if (cityId === undefined) return null;
  }
  const where = and(eq(contacts.active, true), cityId === undefined ? undefined : eq(contacts.cityId, cityId));
  const rows = db.query.contacts
    .findMany({
      where,
      with: contactCardWith,
      orderBy: [asc(contacts.fullName), asc(contacts.id)],
      limit: per_page,
      offset: (page - 1) * per_page,
    })
    .sync();
  const total = db.select({ n: count() }).from(contacts).where(where).get()?.n ?? 0;
  return { items: rows.map((r) => publicContact(toContactCard(r))), total };
}

export async function getApiContact(slug: string) {
  const row = getDb()
    .query.contacts.findFirst({ where: and(eq(contacts.slug, slug), eq(contacts.active, true)), with: contactCardWith })
    .sync();
  return row ? publicContact(toContactCard(row)) : null;
}

/** Published releases, newest first; null when `city` names no city. */
export async function listApiReleases({
  page,
  per_page,
  city,
}: ListQuery): Promise<Page<ReturnType<typeof publicReleaseSummary>> | null> {
  if (city && !getDb().select({ id: cities.id }).from(cities).where(eq(cities.slug, city)).get()) return null;
  const { items, total } = listPublishedReleases({ limit: per_page, offset: (page - 1) * per_page, citySlug: city });
  return { items: items.map(publicReleaseSummary), total };
}

export async function getApiRelease(slug: string) {
  const r = await getReleasePage(slug);
  if (!r) return null;
  return {
    ...publicReleaseSummary(r),
    body: r.body,
    // The same release in other languages, published ones only.
    translations: r.translations.map((t) => ({
      language: t.language,
      slug: t.slug,
      title: line(t.title),
      links: { html: `/releases/${t.slug}`, api: `/api/v1/releases/${t.slug}` },
    })),
    // In printed order, grouped by the label printed above them ("In Moscow").
    contacts: r.groups.flatMap((g) =>
      g.contacts.map((c) => ({
        label: g.label,
        listedName: line(c.listedName),
        // Who to call now: the listed person, or their successor when they have left.
        contact: {
          slug: c.card.slug,
          fullName: line(c.card.fullName),
          role: line(c.card.role),
          organisation: line(c.card.organisation),
          email: c.card.email,
          phones: publicPhones(c.card.phones),
        },
      })),
    ),
  };
}
