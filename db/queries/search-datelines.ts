import 'server-only';
import type Database from 'better-sqlite3';
import { ftsMatch } from '@/lib/search/search-query';
import { SEARCH_LIMITS } from '@/lib/search/search-limits';
import type { Matches } from './fts-ranking';

// releases_fts_docsize has a row for each published release and nothing else (the index holds only those,
// migration 0004), keyed by id: a cheap "is it published" without reading the release's row.
// Newest first is by id, as search's own "newest" order (fts-ranking.ts): ids follow publication.
const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();
const prepare = (client: Database.Database) => ({
  // Read from the index alone: how many dateline rows the cities have (drafts included).
  datelines: client.prepare(
    `select count(*) as n from release_datelines where city_id in (select value from json_each(?))`,
  ),
  // Few: all of them.
  all: client.prepare(
    `select d.release_id as id from release_datelines d
     where d.city_id in (select value from json_each(?))
       and exists (select 1 from releases_fts_docsize p where p.id = d.release_id)
     group by d.release_id order by d.release_id desc`,
  ),
  // Many: walk the published releases from the newest until `limit` are datelined there (a dense city, so soon).
  newest: client.prepare(
    `select p.id from releases_fts_docsize p
     where exists (select 1 from release_datelines d
                   where d.release_id = p.id and d.city_id in (select value from json_each(?)))
     order by p.id desc limit ?`,
  ),
  // Only asked when the words match at most `count` releases, so a short list.
  inText: client.prepare(`select rowid as id from releases_fts where releases_fts match ?`).pluck(),
});
const lookups = (client: Database.Database) =>
  statements.get(client) ?? statements.set(client, prepare(client)).get(client)!;

/**
 * When the query is a city's name (in any language: Geneva, Genève, Женева), the releases datelined
 * there match too, even if their text never names the city: a release "from Moscow" is about Moscow
 * whatever language it is written in. They come first, those whose text matched as well leading in
 * their ranked order, then the others newest first; then releases that only mention the city.
 * Cost stays bounded by the limits however many releases a city has (bench/search.ts, "city" class).
 */
export function withDatelined(
  client: Database.Database,
  text: Matches,
  cityIds: number[],
  limit: number,
  limits = SEARCH_LIMITS,
): Matches {
  if (cityIds.length === 0) return text;
  const { datelines, all, newest, inText } = lookups(client);
  const cities = JSON.stringify(cityIds);
  const rows = (datelines.get(cities) as { n: number }).n;
  if (rows === 0) return text;
  const many = rows > limits.count;
  const ids = ((many ? newest.all(cities, limit) : all.all(cities)) as { id: number }[]).map((r) => r.id);
  if (ids.length === 0) return text;
  const fromCity = new Set(ids);
  const ranked = text.ids.filter((id) => fromCity.has(id));
  const order = [...ranked, ...ids.filter((id) => !ranked.includes(id)), ...text.ids.filter((id) => !fromCity.has(id))];
  const complete = text.complete && !many;
  // Counting the releases in both lists is one more match of the words, cheap only when they are few.
  const both =
    complete && text.total > 0
      ? (inText.all(ftsMatch(text.terms)) as number[]).filter((id) => fromCity.has(id)).length
      : 0;
  return {
    ids: order.slice(0, limit),
    // Past the counting limit, "more than …".
    total: complete ? text.total + ids.length - both : Math.max(text.total, limits.count + 1),
    complete,
    order: text.total === 0 ? 'relevance' : text.order,
    terms: text.terms,
  };
}
