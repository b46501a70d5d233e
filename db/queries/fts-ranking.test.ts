import { beforeAll, describe, expect, it } from 'vitest';
import { findMatches } from './fts-ranking';
import { openDatabase, type Db } from '..';
import { parseSearchQuery } from '@/lib/search/search-query';

// Small limits, so that each way of ranking shows on 300 releases instead of 100,000.
const limits = { count: 50, rank: 20, idf: 200 };
const RELEASES = { table: 'releases_fts', weights: [10, 4, 1] } as const;
let db: Db;

const find = (q: string) => {
  const query = parseSearchQuery(q);
  if (query.status !== 'ok') throw new Error(q);
  return findMatches(db.$client, RELEASES, query.terms, 5, limits);
};

beforeAll(() => {
  db = openDatabase(':memory:');
  const insert = db.$client.prepare(
    `insert into releases (slug, title, published_on, summary, body, status) values (?, ?, '2024-01-01', '', ?, 'published')`,
  );
  db.$client.transaction(() => {
    for (let i = 1; i <= 300; i++) {
      const words = ['alpha', i % 10 === 0 ? 'beta' : 'other', i === 250 ? 'gamma' : ''];
      insert.run(`r${i}`, i === 7 ? 'Gamma report' : `Release ${i}`, words.join(' '));
    }
    insert.run('r301', 'Alphabet soup', 'letters');
  })();
});

describe('findMatches', () => {
  it('ranks all matches with bm25 when the words are rare: an old title match beats a new body match', () => {
    expect(find('gamma')).toEqual({
      ids: [7, 250],
      total: 2,
      complete: true,
      order: 'relevance',
      terms: [{ word: 'gamma', prefix: true }],
    });
  });

  it('ranks the newest matches, up to a limit, when the words are in few enough documents in all', () => {
    const m = find('beta');
    expect(m).toMatchObject({ total: 30, complete: true, order: 'recent' });
    expect(m.ids.every((id) => id > 100)).toBe(true);
    expect(m.ids).toHaveLength(5);
  });

  it('ranks by the rare words only when a common word would cost bm25 too much', () => {
    expect(find('alpha gamma')).toMatchObject({ ids: [7, 250], total: 2, complete: true, order: 'relevance' });
    expect(find('alpha beta')).toMatchObject({ total: 30, complete: true, order: 'relevance' });
  });

  it('lists the newest matches when every word is common, and stops counting at the cap', () => {
    expect(find('alpha ')).toEqual({
      ids: [300, 299, 298, 297, 296],
      total: 51,
      complete: false,
      order: 'newest',
      terms: [{ word: 'alpha', prefix: false }],
    });
  });

  it('matches a last word that is already common whole, not as a prefix of rarer words', () => {
    const m = find('alpha');
    expect(m.terms).toEqual([{ word: 'alpha', prefix: false }]);
    expect(m.ids).not.toContain(301);
    expect(find('alphab').ids).toEqual([301]);
  });

  it('finds nothing without an error', () => {
    expect(find('zeta')).toEqual({
      ids: [],
      total: 0,
      complete: true,
      order: 'relevance',
      terms: [{ word: 'zeta', prefix: true }],
    });
  });
});
