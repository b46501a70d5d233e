import type Database from 'better-sqlite3';
import { ftsMatch, ftsPhrase, type SearchTerm } from '@/lib/search/search-query';
import { SEARCH_LIMITS } from '@/lib/search/search-limits';

export type FtsIndex = { table: 'contacts_fts' | 'releases_fts'; weights: readonly number[] };

export type Matches = {
  /** Best first, at most `limit` */
  ids: number[];
  /** Exact when `complete`, otherwise counting stopped at `SEARCH_LIMITS.count + 1` */
  total: number;
  complete: boolean;
  /**
   * `relevance` ranked all matches, `recent` ranked the newest `SEARCH_LIMITS.rank`, `newest` none (every word is
   * common)
   */
  order: 'relevance' | 'recent' | 'newest';
  /** The terms searched for (a common last word is matched whole, not as a prefix) */
  terms: SearchTerm[];
};

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepare(client: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(client);
  if (!cache) statements.set(client, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = client.prepare(sql)));
  return statement;
}

/**
 * 1. Estimate how many documents each word is in from its newest `count` matches (how far back
 *    they reach), and count the matches, stopping at `count`.
 * 2. If the words' documents add up to at most `idf`, score the newest `rank` matches (all of them,
 *    usually) with bm25 over every word.
 * 3. Otherwise, if some words are rare, every match is among their few documents: rank the matches
 *    by bm25 over the rare words only (a word in thousands of documents weighs next to nothing in
 *    bm25 anyway).
 * 4. Otherwise every word is very common and nothing ranks one match above another: newest first,
 *    read straight off the end of the index.
 */
export function findMatches(
  client: Database.Database,
  { table, weights }: FtsIndex,
  terms: SearchTerm[],
  limit: number,
  limits = SEARCH_LIMITS,
): Matches {
  const get = <T>(sql: string, ...args: unknown[]) => prepare(client, sql).get(...args) as T;
  const ids = (sql: string, ...args: unknown[]) =>
    (prepare(client, sql).all(...args) as { id: number }[]).map((r) => r.id);
  type Newest = { n: number; hi: number | null; lo: number | null };
  const seen = new Map<string, Newest>();
  const newest = (match: string) => {
    if (!seen.has(match)) {
      const sql = `select count(*) as n, max(rowid) as hi, min(rowid) as lo from (select rowid from ${table} where ${table} match ? order by rowid desc limit ${limits.count + 1})`;
      seen.set(match, get<Newest>(sql, match));
    }
    return seen.get(match)!;
  };
  // FTS5's table of document lengths has a row per document, keyed by rowid: the span of rowids in
  // O(log n). (One aggregate per subquery: SQLite optimises only a lone min() or max().)
  const span = get<{ hi: number | null; lo: number | null }>(
    `select (select max(id) from ${table}_docsize) as hi, (select min(id) from ${table}_docsize) as lo`,
  );
  const documents = (term: SearchTerm) => {
    const { n, hi, lo } = newest(ftsPhrase(term));
    return n <= limits.count ? n : (n * ((span.hi ?? 0) - (span.lo ?? 0) + 1)) / ((hi ?? 0) - (lo ?? 0) + 1);
  };

  // A last word that is already common was most likely typed in full: expanding it as a prefix would
  // merge the doclists of all its completions for little gain.
  let used = terms;
  const last = terms.at(-1);
  if (last?.prefix && last.word.length > 3 && documents({ ...last, prefix: false }) > limits.count) {
    used = [...terms.slice(0, -1), { ...last, prefix: false }];
  }
  const match = ftsMatch(used);
  const counts = used.map(documents);
  const found = newest(match).n;
  const result = (order: Matches['order'], best: number[]): Matches => ({
    ids: best,
    total: found,
    complete: found <= limits.count,
    order,
    terms: used,
  });
  // bm25 is lower for better matches; ties go to the newer document.
  const score = `bm25(${table}, ${weights.join(', ')})`;

  if (found === 0) return result('relevance', []);
  if (counts.reduce((a, b) => a + b, 0) <= limits.idf) {
    const best = ids(
      `select id from (select rowid as id, ${score} as score from ${table} where ${table} match ? order by rowid desc limit ${limits.rank})
       order by score, id desc limit ?`,
      match,
      limit,
    );
    return result(found <= limits.rank ? 'relevance' : 'recent', best);
  }
  const rare = used.filter((_, i) => counts[i]! <= limits.count);
  if (rare.length > 0) {
    const matched = JSON.stringify(ids(`select rowid as id from ${table} where ${table} match ?`, match));
    const best = ids(
      `select id from (select rowid as id, ${score} as score from ${table} where ${table} match ?)
       where id in (select value from json_each(?)) order by score, id desc limit ?`,
      ftsMatch(rare),
      matched,
      limit,
    );
    return result('relevance', best);
  }
  return result(
    'newest',
    ids(`select rowid as id from ${table} where ${table} match ? order by rowid desc limit ?`, match, limit),
  );
}
