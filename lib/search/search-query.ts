/** Words beyond this are dropped: each one is another doclist to intersect and nobody types ten. */
export const MAX_SEARCH_WORDS = 8;
/** Characters read from the query; the rest is ignored (the search box allows 200). */
export const MAX_SEARCH_LENGTH = 200;
/** A last word this short is matched whole: "a*" would expand to every word that starts with a. */
const MIN_PREFIX_LENGTH = 2;
const MAX_WORD_LENGTH = 64;

/**
 * One word to find; `prefix` when it is the word still being typed ("tomm" finds Tommaso).
 * `alternatives`: other spellings that count as this word (Батоева for batoeva, Geneva for genève),
 * each a phrase of index words, matched whole.
 */
export type SearchTerm = { word: string; prefix: boolean; alternatives?: string[][] };

export type SearchQuery =
  | { status: 'empty' }
  | { status: 'no-words' }
  /** `truncated`: words or characters past the limits were ignored, which the page says. */
  | { status: 'ok'; terms: SearchTerm[]; truncated: boolean };

// What FTS5's unicode61 tokenizer keeps in a token; a word starts with a letter or digit, since a lone
// accent becomes an empty token that would make the whole query match nothing.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/**
 * Reads what a person typed into words. Operators and quotes they typed (`"`, `*`, `NEAR(`, `AND`,
 * `-`, SQL) are punctuation or plain words here, never FTS5 syntax. The last word is a prefix unless
 * the input ends with a space or punctuation (the person finished typing it).
 */
export function parseSearchQuery(input: string): SearchQuery {
  const text = input.slice(0, MAX_SEARCH_LENGTH);
  if (!text.trim()) return { status: 'empty' };
  const found = (text.normalize('NFC').match(WORD) ?? []).map((w) => w.toLowerCase().slice(0, MAX_WORD_LENGTH));
  if (found.length === 0) return { status: 'no-words' };
  const words = found.slice(0, MAX_SEARCH_WORDS);
  const truncated = input.length > MAX_SEARCH_LENGTH || found.length > MAX_SEARCH_WORDS;
  const lastIsTyped = found.length <= MAX_SEARCH_WORDS && /[\p{L}\p{N}\p{M}]$/u.test(text);
  const terms = words.map((word, i) => ({
    word,
    prefix: lastIsTyped && i === words.length - 1 && word.length >= MIN_PREFIX_LENGTH,
  }));
  return { status: 'ok', terms, truncated };
}

const quoted = (words: string) => `"${words.replaceAll('"', '""')}"`;

/**
 * An FTS5 phrase for one term: quoted, so the word is only ever text (it holds no quote to escape);
 * with its other spellings, a group of phrases of which any one may match.
 */
export function ftsPhrase({ word, prefix, alternatives = [] }: SearchTerm): string {
  const own = `${quoted(word)}${prefix ? '*' : ''}`;
  if (alternatives.length === 0) return own;
  return `(${[own, ...alternatives.map((a) => quoted(a.join(' ')))].join(' OR ')})`;
}

/** All terms must match: an explicit AND, since FTS5 has no implicit AND after a parenthesised group. */
export function ftsMatch(terms: SearchTerm[]): string {
  return terms.map(ftsPhrase).join(' AND ');
}
