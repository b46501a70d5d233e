import type Database from 'better-sqlite3';
import { ftsMatch, ftsPhrase, type SearchTerm } from '@/lib/search-query';

/** Matches looked at, at most, per query: where counting stops and how many recent matches get ranked. */
export const CANDIDATE_CAP = 1000;
/**
 * bm25 first reads every document of every word to weigh it (its IDF): about 65 ns a document here,
 * so 50,000 documents cost ~3 ms. A query whose words are in more documents than that in all is not
 * ranked by all of them (see findMatches).
 */
export const IDF_BUDGET = 50_000;

export type FtsIndex = { table: 'contacts_fts' | 'releases_fts'; weights: readonly number[] };

export type Matches = {
  /** Best first, at most `limit` */
  ids: number[];
  /** Exact when `complete`, otherwise counting stopped at CANDIDATE_CAP + 1 */
  total: number;
  complete: boolean;
  /** `newest` when every word is too common to rank by */
  order: 'relevance' | 'newest';
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
 * Ranking every match with bm25 takes half a second for a query of very common words, so each step
 * here reads at most CANDIDATE_CAP entries per word, plus bm25's own reading when within IDF_BUDGET:
 * 1. estimate each word's document count from its CAP newest matches (how far back they reach);
 * 2. if the words' documents add up to no more than IDF_BUDGET, rank the CAP newest matches (all of
 *    them, when there are fewer) by bm25 over every word;
 * 3. otherwise, if some words are rare (in ≤ CAP documents), every match is among their documents:
 *    rank the matches by bm25 over the rare words only (a word in thousands of documents weighs next
 *    to nothing in bm25 anyway);
 * 4. otherwise every word is very common and nothing ranks one match above another: newest first,
 *    read straight off the end of the index.
 */
export function findMatches(
  client: Database.Database,
  { table, weights }: FtsIndex,
  terms: SearchTerm[],
  limit: number,
  { cap = CANDIDATE_CAP, budget = IDF_BUDGET } = {},
): Matches {
  const get = <T>(sql: string, ...args: unknown[]) => prepare(client, sql).get(...args) as T;
  const all = <T>(sql: string, ...args: unknown[]) => prepare(client, sql).all(...args) as T[];
  const newest = (match: string) =>
    get<{ n: number; hi: number | null; lo: number | null }>(
      `select count(*) as n, max(rowid) as hi, min(rowid) as lo from (select rowid from ${table} where ${table} match ? order by rowid desc limit ${cap + 1})`,
      match,
    );
  // FTS5's own table of document lengths has one row per indexed document, keyed by rowid: the
  // range of rowids in O(log n), one aggregate per subquery (SQLite optimises a lone min() or max()).
  const span = get<{ hi: number | null; lo: number | null }>(
    `select (select max(id) from ${table}_docsize) as hi, (select min(id) from ${table}_docsize) as lo`,
  );
  const documents = (match: string) => {
    const { n, hi, lo } = newest(match);
    // Past the cap, extrapolate: the newest CAP matches reach back over a share of all rowids.
    return n <= cap ? n : (n * ((span.hi ?? 0) - (span.lo ?? 0) + 1)) / ((hi ?? 0) - (lo ?? 0) + 1);
  };

  // A last word that is already common was most likely typed in full: expanding it as a prefix would
  // merge the doclists of all its completions for little gain.
  let used = terms;
  const last = terms.at(-1);
  if (last?.prefix && last.word.length > 3 && documents(ftsPhrase({ word: last.word, prefix: false })) > cap) {
    used = [...terms.slice(0, -1), { word: last.word, prefix: false }];
  }
  const match = ftsMatch(used);
  const counts = used.map((t) => documents(ftsPhrase(t)));
  const found = newest(match).n;
  const result = (ids: number[], order: Matches['order']): Matches => ({ ids, total: found, complete: found <= cap, order, terms: used });
  const score = `bm25(${table}, ${weights.join(', ')})`;
  type Scored = { id: number; score: number };
  // bm25 is lower for better matches; ties go to the newer document.
  const best = (rows: Scored[]) => rows.sort((a, b) => a.score - b.score || b.id - a.id).slice(0, limit).map((r) => r.id);

  if (found === 0) return result([], 'relevance');
  if (counts.reduce((a, b) => a + b, 0) <= budget) {
    return result(best(all<Scored>(`select rowid as id, ${score} as score from ${table} where ${table} match ? order by rowid desc limit ${cap}`, match)), 'relevance');
  }
  const rare = used.filter((_, i) => counts[i]! <= cap);
  if (rare.length > 0) {
    const matched = new Set(all<{ id: number }>(`select rowid as id from ${table} where ${table} match ?`, match).map((r) => r.id));
    const scored = all<Scored>(`select rowid as id, ${score} as score from ${table} where ${table} match ?`, ftsMatch(rare));
    return result(best(scored.filter((r) => matched.has(r.id))), 'relevance');
  }
  return result(all<{ id: number }>(`select rowid as id from ${table} where ${table} match ? order by rowid desc limit ?`, match, limit).map((r) => r.id), 'newest');
}
