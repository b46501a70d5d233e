import type { SearchTerm } from './search-query';

/**
 * Marks the searched words in result texts. Done here rather than with FTS5's highlight() and
 * snippet(), which re-run the whole query once per result row (most of a search's time on a large
 * index). Folding matches the index's tokenizer (unicode61, remove_diacritics 2): "geneve" marks Genève.
 * The result is a list of segments that the page renders as React text nodes, never as HTML.
 */
export type Segment = { text: string; marked: boolean };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

// Folded once per distinct character: normalising every word was most of the cost of marking a release.
const folded = new Map<string, string>();

export function foldForSearch(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    let f = folded.get(ch);
    if (f === undefined) folded.set(ch, (f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
    out += f;
  }
  return out;
}

type Token = { start: number; end: number; marked: boolean };

function tokens(text: string, terms: SearchTerm[]): Token[] {
  const wanted = terms.flatMap((t) => [
    { word: foldForSearch(t.word), prefix: t.prefix },
    ...(t.alternatives ?? []).flat().map((word) => ({ word, prefix: false })),
  ]);
  return [...text.matchAll(WORD)].map((m) => {
    const folded = foldForSearch(m[0]);
    const marked = wanted.some((t) => (t.prefix ? folded.startsWith(t.word) : folded === t.word));
    return { start: m.index, end: m.index + m[0].length, marked };
  });
}

function segments(text: string, list: Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  const push = (s: string, marked: boolean) => {
    if (!s) return;
    const last = out.at(-1);
    if (last && last.marked === marked) last.text += s;
    else out.push({ text: s, marked });
  };
  let at = from;
  for (const t of list) {
    if (t.start < from || t.end > to || !t.marked) continue;
    push(text.slice(at, t.start), false);
    push(text.slice(t.start, t.end), true);
    at = t.end;
  }
  push(text.slice(at, to), false);
  return out;
}

/** The whole text, searched words marked. */
export function highlight(text: string, terms: SearchTerm[]): Segment[] {
  return segments(text, tokens(text, terms), 0, text.length);
}

/** At most `words` words around the densest run of searched words (the start when none is there). */
export function excerpt(text: string, terms: SearchTerm[], words = 30): Segment[] {
  const list = tokens(text, terms);
  if (list.length === 0) return [];
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i]!.marked) count++;
    if (i >= words && list[i - words]!.marked) count--;
    if (count > bestCount) [best, bestCount] = [Math.max(0, i - words + 1), count];
  }
  // Start a few words before the first match, so it reads in context.
  const firstHit = list.findIndex((t, i) => i >= best && t.marked);
  const start = bestCount > 0 && firstHit >= 0 ? Math.max(0, firstHit - 3) : 0;
  const end = Math.min(list.length, start + words);
  const out = segments(text, list, list[start]!.start, list[end - 1]!.end);
  if (start > 0) out.unshift({ text: '…', marked: false });
  if (end < list.length) out.push({ text: '…', marked: false });
  return out;
}

export const hasMarked = (s: Segment[]) => s.some((x) => x.marked);

/** Release bodies are Markdown: an excerpt shows their words, not `**`, `##` or link targets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/[*_`#>[\]]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
