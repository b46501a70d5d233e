/**
 * Costs measured on 100,000 contacts and 200,000 releases (bench/README.md): bm25 first reads every
 * document of every word to weigh it (its IDF), ~65 ns a document, then ~3 µs per match it scores.
 * Ranking every match of "the" that way took half a second; these limits keep a query to milliseconds.
 */
export const SEARCH_LIMITS = {
  /** Matches counted, at most; also the most documents a word may be in and still count as rare. */
  count: 1000,
  /** Newest matches scored with bm25, at most. */
  rank: 200,
  /** Documents bm25 may read to weigh the words of one query (~2 ms). */
  idf: 30_000,
};
