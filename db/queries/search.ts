import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { findMatches, type FtsIndex, type Matches } from '@/db/queries/fts-ranking';
import { withDatelined } from '@/db/queries/search-datelines';
import { namedCities, withOtherSpellings } from '@/db/queries/search-names';
import { contacts } from '@/db/schema';
import { orderByReach, type ReachPerson } from '@/lib/directory/reach-order';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { excerpt, foldForSearch, hasMarked, highlight, plainText, type Segment } from '@/lib/search/search-highlight';
import { parseSearchQuery, type SearchTerm } from '@/lib/search/search-query';
import { indexWords } from '@/lib/search/spelling';
import { contactCardWith, toContactCard, type ContactCard } from './contact-card';
import { localizeCards } from './localized';

// Ten of each: enough to recognise what you looked for; a full contact card is a screen high on a phone.
export const RESULTS_PER_GROUP = 10;

// Name columns weigh most; a city or a language matches many people and says less about each.
const PEOPLE: FtsIndex = { table: 'contacts_fts', weights: [10, 10, 2, 4, 1] };
const RELEASES: FtsIndex = { table: 'releases_fts', weights: [10, 4, 1] };

/** Fields of a contact that matched, besides the name the card shows anyway. */
export type MatchedField = { field: 'Name in local script' | 'Role' | 'City' | 'Languages'; text: Segment[] };
export type PersonResult = { card: ContactCard; matched: MatchedField[] };
/** A dateline place, with the slug of the city page when the place is one of ours (named in the reader's language). */
export type DatelinePlace = { place: string; citySlug: string | null };
export type ReleaseResult = {
  slug: string;
  /** The language the release is written in (BCP 47 primary subtag) */
  language: string;
  title: Segment[];
  publishedOn: string;
  dateline: DatelinePlace[];
  excerpt: Segment[];
};
/**
 * A city named by what was typed, in any spelling or language search knows: its page has everyone there
 * and the duty line. `name` is in the reader's language (English where the city has no name in it).
 */
export type CityResult = { slug: string; name: string; localName: string | null; dutyPhone: string };
export type ResultGroup<T> = Omit<Matches, 'ids' | 'terms'> & { items: T[] };

export type SearchOutcome =
  | { status: 'empty' }
  | { status: 'no-words' }
  | {
      status: 'ok';
      words: string[];
      truncated: boolean;
      cities: CityResult[];
      people: ResultGroup<PersonResult>;
      releases: ResultGroup<ReleaseResult>;
    };

/**
 * The site search: cities, people and published releases for what someone typed, however it was
 * spelled and in whichever language. The people shown are the best matches, then ordered by who can
 * take a call at `now`. A query that is a city's name also finds the releases datelined there.
 * Names of cities, and people's role and bio, are given in `locale`, the language of the page searched from.
 */
export function search(db: Db, input: string, now = new Date(), locale: Locale = DEFAULT_LOCALE): SearchOutcome {
  const query = parseSearchQuery(input);
  if (query.status !== 'ok') return query;
  const terms = withOtherSpellings(db.$client, query.terms);
  const cities = findCities(db, terms, locale);
  const people = findMatches(db.$client, PEOPLE, terms, RESULTS_PER_GROUP);
  const releases = withDatelined(
    db.$client,
    findMatches(db.$client, RELEASES, terms, RESULTS_PER_GROUP),
    cities.filter((c) => c.namedWhole).map((c) => c.id),
    RESULTS_PER_GROUP,
  );
  const group = <T>({ total, complete, order }: Matches, items: T[]): ResultGroup<T> => ({
    total,
    complete,
    order,
    items,
  });
  const reach = ({ card }: PersonResult): ReachPerson => ({
    timeZone: card.city.timeZone,
    hours: card.hours,
    leave: card.leave,
  });
  return {
    status: 'ok',
    words: terms.map((t) => t.word),
    truncated: query.truncated,
    cities: cities.map(({ slug, name, localName, dutyPhone }) => ({ slug, name, localName, dutyPhone })),
    people: group(people, orderByReach(findPeople(db, people, locale), reach, now)),
    releases: group(releases, findReleases(db, releases, locale)),
  };
}

// Prepared once per connection: building these relational queries costs more than running them.
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  const ids = sql.placeholder('ids');
  return {
    cards: db.query.contacts
      .findMany({ where: sql`${contacts.id} in (select value from json_each(${ids}))`, with: contactCardWith })
      .prepare(),
    // The text the index holds for each person (city with its local name, languages with their names).
    documents: db.$client.prepare(
      `select id, local_name, role, city, languages from contact_search_documents where id in (select value from json_each(?))`,
    ),
    // Read at each search, not kept with the list of names: a number changed must show at once.
    duty: db.$client.prepare(
      `select id, duty_phone as dutyPhone,
         (select name from city_names n where n.city_id = cities.id and n.locale = ?) as inLocale,
         (select json_group_array(name) from city_names n where n.city_id = cities.id) as otherNames
       from cities where slug = ?`,
    ),
    // `+status`: look rows up by id; the status index would make SQLite scan every published release.
    releases: db.$client.prepare(
      `select r.id, r.slug, r.language, r.title, r.summary, r.body, r.published_on as publishedOn,
         (select json_group_array(json_object('place', place, 'citySlug', slug)) from (
           select coalesce(n.name, d.place) as place, c.slug from release_datelines d
             left join cities c on c.id = d.city_id
             left join city_names n on n.city_id = c.id and n.locale = ?
           where d.release_id = r.id order by d.position)) as dateline
       from releases r where r.id in (select value from json_each(?)) and +r.status = 'published'`,
    ),
  };
}
const statements = (db: Db) => prepared.get(db) ?? prepared.set(db, prepare(db)).get(db)!;

function findPeople(db: Db, { ids, terms }: Matches, locale: Locale): PersonResult[] {
  if (ids.length === 0) return [];
  const { cards, documents } = statements(db);
  const json = JSON.stringify(ids);
  const byId = new Map(
    localizeCards(
      db,
      cards
        .execute({ ids: json })
        .sync()
        .map((row) => toContactCard(row)),
      locale,
    ).map((card) => [card.id, card]),
  );
  type Doc = { id: number; local_name: string; role: string; city: string; languages: string };
  const docs = new Map((documents.all(json) as Doc[]).map((d) => [d.id, d]));
  return ids.flatMap((id) => {
    const card = byId.get(id);
    const doc = docs.get(id);
    if (!card || !doc) return [];
    const fields: MatchedField[] = [
      { field: 'Name in local script', text: highlight(doc.local_name, terms) },
      { field: 'Role', text: highlight(doc.role, terms) },
      { field: 'City', text: cityField(card.city.name, doc.city, terms, locale) },
      { field: 'Languages', text: highlight(doc.languages, terms) },
    ];
    return [{ card, matched: fields.filter((f) => hasMarked(f.text)) }];
  });
}

/**
 * The city as the reader's language names it ("Женева", not "Geneva (Genève)"): marked where the typed words
 * are, or whole when they matched its English or local name.
 */
function cityField(name: string, indexed: string, terms: SearchTerm[], locale: Locale): Segment[] {
  const english = highlight(indexed, terms);
  if (locale === DEFAULT_LOCALE || !hasMarked(english)) return english;
  const own = highlight(name, terms);
  return hasMarked(own) ? own : [{ text: name, marked: true }];
}

function findReleases(db: Db, { ids, terms }: Matches, locale: Locale): ReleaseResult[] {
  if (ids.length === 0) return [];
  type Row = {
    id: number;
    slug: string;
    language: string;
    title: string;
    summary: string;
    body: string;
    publishedOn: string;
    dateline: string;
  };
  const rows = new Map((statements(db).releases.all(locale, JSON.stringify(ids)) as Row[]).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = rows.get(id);
    if (!r) return [];
    const dateline = JSON.parse(r.dateline) as DatelinePlace[];
    const title = highlight(r.title, terms);
    const { slug, language, publishedOn } = r;
    return [{ slug, language, title, publishedOn, dateline, excerpt: releaseExcerpt(r, terms) }];
  });
}

/** Cities every word of the query names (Geneva for "geneve", "Женева" or "genf" if it were a local name). */
function findCities(db: Db, terms: SearchTerm[], locale: Locale): (CityResult & { id: number; namedWhole: boolean })[] {
  const { duty } = statements(db);
  return namedCities(db.$client, terms).flatMap((c) => {
    type Row = { id: number; dutyPhone: string; inLocale: string | null; otherNames: string };
    const row = duty.get(locale, c.slug) as Row | undefined;
    if (!row) return [];
    const name = row.inLocale ?? c.name;
    // The local name beside it only when it says something more (not "Москва (Москва)").
    const localName = c.localName && c.localName !== name ? c.localName : null;
    const names = [c.name, c.localName ?? '', ...(JSON.parse(row.otherNames) as string[])];
    const namedWhole = names.some((n) => isWholeName(terms, indexWords(n)));
    return [{ id: row.id, slug: c.slug, name, localName, dutyPhone: row.dutyPhone, namedWhole }];
  });
}

/**
 * The query is this name and nothing else: each word of the name is typed (in some spelling search
 * knows) and each typed word is a word of the name. "The" is not the city "The Hague", nor "geneva
 * heat" the city Geneva: a city named in passing must not bring in the hundreds of releases datelined there.
 */
function isWholeName(terms: SearchTerm[], nameWords: string[]): boolean {
  if (nameWords.length === 0) return false;
  const spellings = terms.map(
    (t) => new Set([foldForSearch(t.word), ...(t.alternatives ?? []).map((phrase) => phrase.join(' '))]),
  );
  const phrase = nameWords.join(' ');
  const typed = (s: Set<string>) => nameWords.some((w) => s.has(w)) || s.has(phrase);
  return spellings.every(typed) && nameWords.every((w) => spellings.some((s) => s.has(w) || s.has(phrase)));
}

/** Where the body matched, its words there; else the summary, which says what the release is. */
function releaseExcerpt(r: { summary: string; body: string }, terms: SearchTerm[]): Segment[] {
  const body = excerpt(plainText(r.body), terms);
  return hasMarked(body) ? body : excerpt(r.summary, terms);
}
