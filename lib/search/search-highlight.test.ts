import { describe, expect, it } from 'vitest';
import { excerpt, foldForSearch, highlight, plainText, type Segment } from './search-highlight';
import type { SearchTerm } from './search-query';

const terms = (...words: string[]): SearchTerm[] =>
  words.map((w) => ({ word: w.replace('*', ''), prefix: w.endsWith('*') }));
/** [marked] words in brackets, to read expectations at a glance */
const show = (segments: Segment[]) => segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
  it('marks words the way the index matched them: any case, any accent, prefixes', () => {
    expect(show(highlight('Geneva (Genève)', terms('geneve')))).toBe('Geneva ([Genève])');
    expect(show(highlight('Lucía Fernández Ortega', terms('lucia', 'fern*')))).toBe('[Lucía] [Fernández] Ortega');
    expect(show(highlight('Tommaso Della Longa', terms('tomm*')))).toBe('[Tommaso] Della Longa');
    expect(show(highlight('Аюна Батоева', terms('батоева')))).toBe('Аюна [Батоева]');
  });

  it('marks whole words only, not a word inside another', () => {
    expect(show(highlight('Rocca met Putin; computing', terms('put')))).toBe('Rocca met Putin; computing');
  });

  it('keeps markup in the text as text', () => {
    expect(highlight('<img src=x onerror=alert(1)> <b>', terms('img', 'b'))).toEqual([
      { text: '<', marked: false },
      { text: 'img', marked: true },
      { text: ' src=x onerror=alert(1)> <', marked: false },
      { text: 'b', marked: true },
      { text: '>', marked: false },
    ]);
  });
});

describe('excerpt', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
  it('shows the words around the densest run of matches, with ellipses where cut', () => {
    const text = words.map((w, i) => (i === 60 || i === 64 ? 'vaccines' : w)).join(' ');
    expect(show(excerpt(text, terms('vaccines'), 10))).toBe('…w57 w58 w59 [vaccines] w61 w62 w63 [vaccines] w65 w66…');
  });

  it('starts at the beginning when nothing matches, and returns nothing for no text', () => {
    expect(show(excerpt(words.join(' '), terms('absent'), 3))).toBe('w0 w1 w2…');
    expect(excerpt('', terms('x'))).toEqual([]);
    expect(show(excerpt('short text', terms('text'), 30))).toBe('short [text]');
  });
});

describe('foldForSearch', () => {
  it('removes accents and case like unicode61 remove_diacritics 2', () => {
    expect(foldForSearch('Genève Lucía ÅNGSTRÖM Ελληνικά')).toBe('geneve lucia angstrom ελληνικα');
  });
});

describe('plainText', () => {
  it('shows the words of Markdown without its punctuation or link targets', () => {
    expect(plainText('## What\n\n- **vaccines** and [the forum](https://example.org/x) > quote')).toBe(
      'What - vaccines and the forum quote',
    );
  });
});
