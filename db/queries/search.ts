import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { findMatches, type FtsIndex, type Matches } from '@/db/queries/fts-ranking';
import { withOtherSpellings } from '@/db/queries/search-names';
import { contacts } from '@/db/schema';
import { excerpt, hasMarked, highlight, plainText, type Segment } from '@/lib/search/search-highlight';
import { parseSearchQuery, type SearchTerm } from '@/lib/search/search-query';
import { contactCardWith, toContactCard, type ContactCard } from './contact-card';

// Ten of each: enough to recognise what you looked for; a full contact card is a screen high on a phone.
export const RESULTS_PER_GROUP = 10;

// Name columns weigh most; a city or a language matches many people and says less about each.
const PEOPLE: FtsIndex = { table: 'contacts_fts', weights: [10, 10, 2, 4, 1] };
const RELEASES: FtsIndex = { table: 'releases_fts', weights: [10, 4, 1] };

/** Fields of a contact that matched, besides the name the card shows anyway. */
export type MatchedField = { field: 'Name in local script' | 'Role' | 'City' | 'Languages'; text: Segment[] };
export type PersonResult = { card: ContactCard; matched: MatchedField[] };
export type ReleaseResult = { slug: string; title: Segment[]; publishedOn: string; dateline: string[]; excerpt: Segment[] };
export type ResultGroup<T> = Omit<Matches, 'ids' | 'terms'> & { items: T[] };

export type SearchOutcome =
  | { status: 'empty' }
  | { status: 'no-words' }
  | { status: 'ok'; words: string[]; truncated: boolean; people: ResultGroup<PersonResult>; releases: ResultGroup<ReleaseResult> };

/** The site search: people and published releases for what someone typed, whatever they typed. */
export function search(db: Db, input: string): SearchOutcome {
  const query = parseSearchQuery(input);
  if (query.status !== 'ok') return query;
  const terms = withOtherSpellings(db.$client, query.terms);
  const people = findMatches(db.$client, PEOPLE, terms, RESULTS_PER_GROUP);
  const releases = findMatches(db.$client, RELEASES, terms, RESULTS_PER_GROUP);
  const group = <T>({ total, complete, order }: Matches, items: T[]): ResultGroup<T> => ({ total, complete, order, items });
  return {
    status: 'ok',
    words: terms.map((t) => t.word),
    truncated: query.truncated,
    people: group(people, findPeople(db, people)),
    releases: group(releases, findReleases(db, releases)),
  };
}

// Prepared once per connection: building these relational queries costs more than running them.
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  const ids = sql.placeholder('ids');
  return {
    cards: db.query.contacts.findMany({ where: sql`${contacts.id} in (select value from json_each(${ids}))`, with: contactCardWith }).prepare(),
    // The text the index holds for each person (city with its local name, languages with their names).
    documents: db.$client.prepare(`select id, local_name, role, city, languages from contact_search_documents where id in (select value from json_each(?))`),
    // `+status`: look rows up by id; the status index would make SQLite scan every published release.
    releases: db.$client.prepare(
      `select r.id, r.slug, r.title, r.summary, r.body, r.published_on as publishedOn,
         (select json_group_array(place) from (select place from release_datelines d where d.release_id = r.id order by position)) as dateline
       from releases r where r.id in (select value from json_each(?)) and +r.status = 'published'`,
    ),
  };
}
const statements = (db: Db) => prepared.get(db) ?? prepared.set(db, prepare(db)).get(db)!;

function findPeople(db: Db, { ids, terms }: Matches): PersonResult[] {
  if (ids.length === 0) return [];
  const { cards, documents } = statements(db);
  const json = JSON.stringify(ids);
  const byId = new Map(cards.execute({ ids: json }).sync().map((row) => [row.id, toContactCard(row)]));
  type Doc = { id: number; local_name: string; role: string; city: string; languages: string };
  const docs = new Map((documents.all(json) as Doc[]).map((d) => [d.id, d]));
  return ids.flatMap((id) => {
    const card = byId.get(id);
    const doc = docs.get(id);
    if (!card || !doc) return [];
    const fields: MatchedField[] = [
      { field: 'Name in local script', text: highlight(doc.local_name, terms) },
      { field: 'Role', text: highlight(doc.role, terms) },
      { field: 'City', text: highlight(doc.city, terms) },
      { field: 'Languages', text: highlight(doc.languages, terms) },
    ];
    return [{ card, matched: fields.filter((f) => hasMarked(f.text)) }];
  });
}

function findReleases(db: Db, { ids, terms }: Matches): ReleaseResult[] {
  if (ids.length === 0) return [];
  type Row = { id: number; slug: string; title: string; summary: string; body: string; publishedOn: string; dateline: string };
  const rows = new Map((statements(db).releases.all(JSON.stringify(ids)) as Row[]).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = rows.get(id);
    if (!r) return [];
    return [{ slug: r.slug, title: highlight(r.title, terms), publishedOn: r.publishedOn, dateline: JSON.parse(r.dateline) as string[], excerpt: releaseExcerpt(r, terms) }];
  });
}

/** Where the body matched, its words there; else the summary, which says what the release is. */
function releaseExcerpt(r: { summary: string; body: string }, terms: SearchTerm[]): Segment[] {
  const body = excerpt(plainText(r.body), terms);
  return hasMarked(body) ? body : excerpt(r.summary, terms);
}
