/**
 * What every typed text goes through before it is checked and stored: one place, so a name is the same
 * string in the database, the API, an e-mail and a vCard. Pure and zod-free: client components may use it.
 */

/** C0 and C1 controls and DEL (tab, CR and LF included: each caller decides what they become). */
const CONTROLS = /\p{Cc}/gu;
/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what a reader sees. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Invisible with no use inside a name or a sentence: zero-width space, word joiner, BOM. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
/** Whitespace of every kind, line and paragraph separators included. */
const WHITESPACE = /[\s\u2028\u2029\u0085]+/gu;
/**
 * Nothing a reader would see: whitespace, controls and format characters (zero-width joiners,
 * marks). A field made only of these is empty.
 */
const NOTHING_VISIBLE = /^[\s\p{Cc}\p{Cf}\u2028\u2029]*$/u;

/**
 * A one-line field (a name, an outlet, a topic, a title): NFC, controls and bidi overrides gone, every
 * run of whitespace (CR and LF included) one space, trimmed; nothing visible is "".
 */
export function normaliseLine(value: string): string {
  const line = value
    .normalize('NFC')
    .replace(WHITESPACE, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return NOTHING_VISIBLE.test(line) ? '' : line;
}

/**
 * A text of several lines (questions, a biography, a release body in Markdown): NFC, line breaks as
 * LF, controls other than LF and tab and bidi overrides gone, trimmed; nothing visible is "". Spaces
 * inside lines are kept: Markdown gives them meaning.
 */
export function normaliseText(value: string): string {
  const text = value
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLE, '')
    .trim();
  return NOTHING_VISIBLE.test(text) ? '' : text;
}
