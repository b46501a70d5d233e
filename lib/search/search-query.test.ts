import { describe, expect, it } from 'vitest';
import { ftsMatch, parseSearchQuery } from './search-query';

const match = (input: string) => {
  const q = parseSearchQuery(input);
  return q.status === 'ok' ? ftsMatch(q.terms) : q.status;
};

describe('parseSearchQuery', () => {
  it('quotes every word, ANDs them and makes the word being typed a prefix', () => {
    expect(match('tomm')).toBe('"tomm"*');
    expect(match('Della Longa')).toBe('"della" "longa"*');
    expect(match('Genève')).toBe('"genève"*');
    expect(match('Аюна Батоева')).toBe('"аюна" "батоева"*');
  });

  it('matches a finished last word whole, and never a one-letter prefix', () => {
    expect(match('tommaso ')).toBe('"tommaso"');
    expect(match('tommaso,')).toBe('"tommaso"');
    expect(match('vitamin a')).toBe('"vitamin" "a"');
  });

  it('turns FTS5 syntax and SQL into plain words or nothing', () => {
    expect(match('"')).toBe('no-words');
    expect(match('*')).toBe('no-words');
    expect(match('-')).toBe('no-words');
    expect(match('NEAR(')).toBe('"near"');
    expect(match('AND OR')).toBe('"and" "or"*');
    expect(match('red -cross')).toBe('"red" "cross"*');
    expect(match('col:umn^ "phrase" + {a b}')).toBe('"col" "umn" "phrase" "a" "b"');
    expect(match(`'; DROP TABLE contacts; --`)).toBe('"drop" "table" "contacts"');
  });

  it('tells empty input apart from input with no words', () => {
    expect(match('')).toBe('empty');
    expect(match('   \n\t')).toBe('empty');
    expect(match('?!… — «»')).toBe('no-words');
    // A lone combining accent would become an empty FTS5 token that matches nothing.
    expect(match('\u0301 lucia')).toBe('"lucia"*');
  });

  it('keeps the first words of a huge query and says it did', () => {
    const q = parseSearchQuery('word '.repeat(5000));
    expect(q).toMatchObject({ status: 'ok', truncated: true });
    if (q.status === 'ok') expect(q.terms).toHaveLength(8);
    expect(parseSearchQuery('a'.repeat(300))).toMatchObject({ status: 'ok', truncated: true, terms: [{ word: 'a'.repeat(64) }] });
    expect(parseSearchQuery('one two')).toMatchObject({ truncated: false });
  });

  it('composes decomposed accents so that the index and the query agree', () => {
    expect(match('Gene\u0300ve ')).toBe('"genève"');
  });
});
