import { fold, WORD_END, WORD_START } from './text';

/** Month names as they appear once accents are folded away (see `fold`). */
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  januar: 1, janner: 1, februar: 2, marz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})${WORD_END}\\.?`;

type Reader = { re: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] };

const READERS: Reader[] = [
  // "6 December 2021", "6. Dezember 2021", "1er décembre 2021", "6 de diciembre de 2021"
  {
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?${MONTH},?\s+(?:de\s+)?(\d{4})(?!\d)`, 'u'),
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
