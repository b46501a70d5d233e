import type { Db } from './index';

/**
 * Every public address whose content a write to one contact, release or city changes: pages, vCards,
 * feeds and API routes. Writers revalidate them all (lib/revalidate-public-paths.ts).
 *
 * Read from the database as it is: call before a write that can move or remove something (the old
 * city, the old slug, a release being unpublished) and again after it, and revalidate both lists.
 * A path with brackets is a route (every page of the release lists), revalidated as such.
 */

/** Every page of /releases?city=&page=, all cities: one release shifts all of them. */
export const RELEASE_LISTS = '/release-list/[city]/[page]';

type Ids = { id: number }[];
const sorted = (paths: Iterable<string>) => [...new Set(paths)].sort();

function contactPaths(db: Db, contactIds: number[], out: Set<string>) {
  if (contactIds.length === 0) return;
  const rows = db.$client
    .prepare(
      `select c.slug, ci.slug as city from contacts c join cities ci on ci.id = c.city_id where c.id in (select value from json_each(?))`,
    )
    .all(JSON.stringify(contactIds)) as { slug: string; city: string }[];
  for (const { slug, city } of rows) {
    out.add(`/contacts/${slug}`).add(`/contacts/${slug}/vcard`).add(`/api/v1/contacts/${slug}`).add(`/cities/${city}`);
  }
}

/** A release's page, API entry and feeds; with `cityPages`, the pages of the cities it is datelined from. */
function releasePaths(db: Db, releaseIds: number[], out: Set<string>, { cityPages }: { cityPages: boolean }) {
  if (releaseIds.length === 0) return;
  const json = JSON.stringify(releaseIds);
  for (const { slug } of db.$client.prepare(`select slug from releases where id in (select value from json_each(?))`).all(json) as { slug: string }[]) {
    out.add(`/releases/${slug}`).add(`/api/v1/releases/${slug}`);
  }
  const cities = db.$client
    .prepare(`select distinct ci.slug from release_datelines d join cities ci on ci.id = d.city_id where d.release_id in (select value from json_each(?))`)
    .all(json) as { slug: string }[];
  for (const { slug } of cities) {
    out.add(`/feeds/cities/${slug}.xml`);
    if (cityPages) out.add(`/cities/${slug}`);
  }
  out.add('/feeds/releases.xml');
}

/** A contact's own pages, and those that show them: their city, people they stand in for, releases listing them. */
export function publicPathsForContact(db: Db, contactId: number): string[] {
  const out = new Set(['/', '/api/v1/contacts']);
  // Cards of people on leave show their delegate's numbers; a departed contact's page names the successor.
  const showing = (db.$client.prepare(`select id from contacts where delegate_id = ? or successor_id = ?`).all(contactId, contactId) as Ids).map((r) => r.id);
  const people = [contactId, ...showing];
  contactPaths(db, people, out);
  // Published releases show these people's cards (and their organisations as the feeds' authors).
  const releases = db.$client
    .prepare(
      `select distinct rc.release_id as id from release_contacts rc join releases r on r.id = rc.release_id
       where rc.contact_id in (select value from json_each(?)) and r.status = 'published'`,
    )
    .all(JSON.stringify(people)) as Ids;
  releasePaths(db, releases.map((r) => r.id), out, { cityPages: false });
  return sorted(out);
}

/** A release's page and feed entries, every list it is in, and the pages of the people it lists. */
export function publicPathsForRelease(db: Db, releaseId: number): string[] {
  const out = new Set(['/', RELEASE_LISTS, '/api/v1/releases']);
  releasePaths(db, [releaseId], out, { cityPages: true });
  for (const { slug } of db.$client
    .prepare(`select c.slug from release_contacts rc join contacts c on c.id = rc.contact_id where rc.release_id = ?`)
    .all(releaseId) as { slug: string }[]) {
    out.add(`/contacts/${slug}`);
  }
  return sorted(out);
}

/** A city's page and feed, the city filter on release lists, and everyone whose card shows the city. */
export function publicPathsForCity(db: Db, cityId: number): string[] {
  const city = db.$client.prepare(`select slug from cities where id = ?`).get(cityId) as { slug: string } | undefined;
  const out = new Set(['/', RELEASE_LISTS, '/api/v1/cities', '/api/v1/contacts']);
  if (city) out.add(`/cities/${city.slug}`).add(`/feeds/cities/${city.slug}.xml`);
  for (const { id } of db.$client.prepare(`select id from contacts where city_id = ?`).all(cityId) as Ids) {
    for (const path of publicPathsForContact(db, id)) out.add(path);
  }
  return sorted(out);
}
