import { LANGUAGES } from './languages';
import { fold, WORD_END, WORD_START } from './text';

/** Month names from every language module, folded (see `fold`) as the text they are matched against. */
const MONTHS: Record<string, number> = Object.fromEntries(
  LANGUAGES.flatMap((l) => Object.entries(l.months)).map(([name, month]) => [fold(name), month]),
);

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})${WORD_END}\\.?`;

type Reader = { re: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] };

const READERS: Reader[] = [
  // "6 December 2021", "6. Dezember 2021", "1er décembre 2021", "6 de diciembre de 2021"
  {
    re: new RegExp(
      String.raw`(?<!\d)(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?${MONTH},?\s+(?:de\s+)?(\d{4})(?!\d)`,
      'u',
    ),
    ymd: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // "December 6, 2021"
  {
    re: new RegExp(String.raw`${WORD_START}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'u'),
    ymd: (m) => [m[3]!, m[1]!, m[2]!],
  },
  // "06.12.2021": day first, as everywhere dots are used
  { re: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/, ymd: (m) => [m[3]!, m[2]!, m[1]!] },
  { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
];

export type FoundDate = { iso: string; index: number };

/** The earliest real calendar date written in `text`, with where it starts. */
export function findDate(text: string): FoundDate | null {
  // On NFC text (see normaliseSpaces) folding keeps one character per letter, so indexes match `text`.
  const folded = fold(text);
  let best: FoundDate | null = null;
  for (const { re, ymd } of READERS) {
    const m = re.exec(folded);
    if (!m || (best && best.index <= m.index)) continue;
    const iso = toIso(...ymd(m));
    if (iso) best = { iso, index: m.index };
  }
  return best;
}

function toIso(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = MONTHS[month] ?? Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
