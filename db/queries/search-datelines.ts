import 'server-only';
import type Database from 'better-sqlite3';
import { ftsMatch } from '@/lib/search/search-query';
import { SEARCH_LIMITS } from '@/lib/search/search-limits';
import type { Matches } from './fts-ranking';

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();
const prepare = (client: Database.Database) => ({
  // Newest first, as the city's list of releases shows them; `+status` keeps SQLite on the dateline index.
  datelined: client.prepare(
    `select r.id from releases r
     where r.id in (select release_id from release_datelines where city_id in (select value from json_each(?)))
       and +r.status = 'published'
     order by r.published_on desc, r.id desc limit ?`,
  ),
  inText: client.prepare(
    `select rowid as id from releases_fts where releases_fts match ? and rowid in (select value from json_each(?))`,
  ),
});
const lookups = (client: Database.Database) =>
  statements.get(client) ?? statements.set(client, prepare(client)).get(client)!;

/**
 * When the query is a city's name (in any language: Geneva, Genève, Женева), the releases datelined
 * there match too, even if their text never names the city: a release "from Moscow" is about Moscow
 * whatever language it is written in. They come first, those whose text matched as well leading in
 * their ranked order, then the others newest first; then releases that only mention the city.
 */
export function withDatelined(
  client: Database.Database,
  text: Matches,
  cityIds: number[],
  limit: number,
  limits = SEARCH_LIMITS,
): Matches {
  if (cityIds.length === 0) return text;
  const { datelined, inText } = lookups(client);
  const ids = (datelined.all(JSON.stringify(cityIds), limits.count + 1) as { id: number }[]).map((r) => r.id);
  if (ids.length === 0) return text;
  const fromCity = new Set(ids);
  const complete = text.complete && ids.length <= limits.count;
  // Counting the releases in both lists is one more match of the words, cheap only when they are few.
  const both = complete && text.total > 0 ? inText.all(ftsMatch(text.terms), JSON.stringify(ids)).length : 0;
  const ranked = text.ids.filter((id) => fromCity.has(id));
  const order = [...ranked, ...ids.filter((id) => !ranked.includes(id)), ...text.ids.filter((id) => !fromCity.has(id))];
  return {
    ids: order.slice(0, limit),
    // Past the counting limit, "more than …" of the larger list.
    total: complete ? text.total + ids.length - both : Math.max(text.total, ids.length),
    complete,
    order: text.total === 0 ? 'relevance' : text.order,
    terms: text.terms,
  };
}
