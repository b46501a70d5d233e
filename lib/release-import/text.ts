/** JS `\b` knows only ASCII letters; these bound a word in any script. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

export function wordsPattern(words: readonly string[]): string {
  return `${WORD_START}(?:${words.join('|')})${WORD_END}`;
}

/**
 * Scraped releases carry no-break (U+00A0), narrow no-break (U+202F) and
 * zero-width spaces; read them as one plain space, or as nothing.
 */
export function normaliseSpaces(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

// "out of hours07659 145 095": a national number run into the word before it.
const GLUED_NUMBER_RE = /(?<=\p{Ll}{2})(?=0\d{3}[\s\d]{6,})/gu;

export function toLines(text: string): string[] {
  return normaliseSpaces(text)
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.replace(/ {2,}/g, ' ').replace(GLUED_NUMBER_RE, ' ').trim());
}

export function stripBullet(line: string): string {
  return line.replace(/^(?:[-–—•*·▪►◦]|\d{1,2}[.)])\s+/u, '');
}

/** Lower case without accents, so "Genève" meets "geneve". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "NEW YORK" → "New York"; text already in mixed case is left alone. */
export function titleCaseShouting(text: string): string {
  if (text !== text.toUpperCase() || !/\p{Lu}{2}/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s\-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
