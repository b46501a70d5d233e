import { describe, expect, it } from 'vitest';
import { ftsMatch, ftsPhrase, parseSearchQuery } from './search-query';

const match = (input: string) => {
  const q = parseSearchQuery(input);
  return q.status === 'ok' ? ftsMatch(q.terms) : q.status;
};

describe('parseSearchQuery', () => {
  it('quotes every word, ANDs them and makes the word being typed a prefix', () => {
    expect(match('tomm')).toBe('"tomm"*');
    expect(match('Della Longa')).toBe('"della" AND "longa"*');
    expect(match('Genève')).toBe('"genève"*');
    expect(match('Аюна Батоева')).toBe('"аюна" AND "батоева"*');
  });

  it('matches a finished last word whole, and never a one-letter prefix', () => {
    expect(match('tommaso ')).toBe('"tommaso"');
    expect(match('tommaso,')).toBe('"tommaso"');
    expect(match('vitamin a')).toBe('"vitamin" AND "a"');
  });

  it('turns FTS5 syntax and SQL into plain words or nothing', () => {
    expect(match('"')).toBe('no-words');
    expect(match('*')).toBe('no-words');
    expect(match('-')).toBe('no-words');
    expect(match('NEAR(')).toBe('"near"');
    expect(match('AND OR')).toBe('"and" AND "or"*');
    expect(match('red -cross')).toBe('"red" AND "cross"*');
    expect(match('col:umn^ "phrase" + {a b}')).toBe('"col" AND "umn" AND "phrase" AND "a" AND "b"');
    expect(match(`'; DROP TABLE contacts; --`)).toBe('"drop" AND "table" AND "contacts"');
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
    expect(parseSearchQuery('a'.repeat(300))).toMatchObject({
      status: 'ok',
      truncated: true,
      terms: [{ word: 'a'.repeat(64) }],
    });
    expect(parseSearchQuery('one two')).toMatchObject({ truncated: false });
  });

  it('composes decomposed accents so that the index and the query agree', () => {
    expect(match('Gene\u0300ve ')).toBe('"genève"');
  });

  it('lets any spelling of a word match, each whole, and still quotes them all', () => {
    const genève = { word: 'genève', prefix: true, alternatives: [['geneva'], ['женева']] };
    expect(ftsPhrase(genève)).toBe('("genève"* OR "geneva" OR "женева")');
    const ciudad = { word: 'ciudad', prefix: false, alternatives: [['panama', 'city']] };
    expect(ftsPhrase(ciudad)).toBe('("ciudad" OR "panama city")');
    expect(ftsPhrase({ word: 'x', prefix: false, alternatives: [['a"b']] })).toBe('("x" OR "a""b")');
    const terms = [
      { word: 'a', prefix: false, alternatives: [['b']] },
      { word: 'c', prefix: false },
    ];
    expect(ftsMatch(terms)).toBe('("a" OR "b") AND "c"');
  });
});
