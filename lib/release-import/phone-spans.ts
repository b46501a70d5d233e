import { findNumbers, type CountryCode } from 'libphonenumber-js/max';
import { labelAfter, labelBefore } from './phone-labels';
import type { ReleasePhoneKind } from './types';

export type PhoneSpan = {
  start: number;
  end: number;
  /** as printed, extension included */
  raw: string;
  /** what to hand to parsePhone: extension spelt "ext." */
  dial: string;
};

const START = String.raw`(?:\+\s?\d|\(\+?\d{1,5}\)\s?\d|\d)`;
const PART = String.raw`(?:\d|[.\/-](?=\d)|\s(?=\d|\()|\(0?\d{1,4}\)\s?(?=\d))`;
// Not after a letter, "@", "." or "/": keeps URLs, addresses and dates out.
const NUMBER_RE = new RegExp(String.raw`(?<![\p{L}\p{N}@.\/_+-])${START}${PART}*`, 'gu');
const EXTENSION_RE =
  /^\s*,?\s*(?:ext(?:ension)?\.?|x|poste|durchwahl|dw\.?|int\.|interno|anexo)\s*:?\s*(\d{1,6})(?!\p{N})/iu;
const DATE_LIKE_RE = /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})$/;

/**
 * Phone numbers in `text`. libphonenumber's matcher finds the numbers it can place, international ones
 * and national ones in `region` ("0664/ 889 52 760", "01/488 31 - 417", "+961 1 739 297/8/9"); a plainer
 * scan then keeps what is left that looks like a number, for the reader to resolve or warn about.
 */
export function findPhoneSpans(text: string, region: CountryCode | null = null): PhoneSpan[] {
  const doubled = doublePlusSpans(text);
  const found = [
    ...doubled,
    ...matcherSpans(text, region).filter((s) => !doubled.some((f) => s.start < f.end && f.start < s.end)),
  ];
  const rest = scanSpans(text).filter((s) => !found.some((f) => s.start < f.end && f.start < s.end));
  return [...found, ...rest].sort((a, b) => a.start - b.start);
}

function matcherSpans(text: string, region: CountryCode | null): PhoneSpan[] {
  // A number never holds ", " or "; ": matched piece by piece, "01 89 145-227, 0664 3582386" is two numbers.
  const spans: PhoneSpan[] = [];
  let offset = 0;
  for (const piece of text.split(/(?<=[,;])(?=\s)/)) {
    spans.push(...piecesSpans(piece, region).map((s) => ({ ...s, start: s.start + offset, end: s.end + offset })));
    offset += piece.length;
  }
  // "18.000 Besuche" is a count, however the region's plan reads it.
  return spans.filter((s) => s.raw.replace(/\D/g, '').length >= 7 && !/^\d{1,3}(?:[.,]\d{3})+$/.test(s.raw));
}

function piecesSpans(text: string, region: CountryCode | null): PhoneSpan[] {
  return findNumbers(text, { defaultCountry: region ?? undefined, v2: true }).map((m) => {
    let raw = text.slice(m.startsAt, m.endsAt).replace(/[,;]\s*$/, '');
    let start = m.startsAt;
    // "(+41 22 555 01 23, jane@…)": the bracket opens the remark, not the number.
    const open = (raw.match(/\(/g) ?? []).length;
    const close = (raw.match(/\)/g) ?? []).length;
    if (open > close && raw.startsWith('('))
      [raw, start] = [raw.slice(1).trimStart(), start + raw.length - raw.slice(1).trimStart().length];
    if (close > open && raw.endsWith(')')) raw = raw.slice(0, -1).trimEnd();
    const ext = m.number.ext;
    return {
      start,
      end: start + raw.length,
      raw,
      dial: ext ? `${m.number.number} ext. ${ext}` : raw,
    };
  });
}

// "(++43-1) 48831/421", "++43 (0)1 7150715-52": the old way of printing "+" that no matcher reads.
const DOUBLE_PLUS_RE =
  /(?<![\p{L}\p{N}])(?:\(\+\+\d{1,4}(?:[-\s]\d{1,4})?\)|\+\+\s?\d{1,4})(?:[\s\/.-]*(?:\(0\)|\d))+/gu;

function doublePlusSpans(text: string): PhoneSpan[] {
  return [...text.matchAll(DOUBLE_PLUS_RE)].map((m) => {
    const raw = m[0].replace(/[\s\/.-]+$/, '');
    const dial = raw
      .replace(/^\(\+\+(\d{1,4})(?:[-\s](\d{1,4}))?\)/, (_, cc: string, area?: string) => `+${cc} ${area ?? ''}`)
      .replace(/^\+\+/, '+')
      .replace(/\(0\)/, '')
      .replace(/\//g, ' ');
    return { start: m.index, end: m.index + raw.length, raw, dial };
  });
}

/** Seven digits or more, not a date, not the hour after them. */
function scanSpans(text: string): PhoneSpan[] {
  const spans: PhoneSpan[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    let number = m[0].trimEnd();
    // "+41 22 730 42 22 9:00–17:00": the hour is not part of the number.
    if (/^(?:[:h]\d|\s?[ap]\.?m\b)/i.test(text.slice(m.index + number.length))) {
      number = number.replace(/[\s.\/-]*\d+$/, '');
    }
    if (number.replace(/\D/g, '').length < 7 || DATE_LIKE_RE.test(number)) continue;
    const start = m.index;
    const ext = EXTENSION_RE.exec(text.slice(start + number.length));
    const end = start + number.length + (ext ? ext[0].length : 0);
    spans.push({ start, end, raw: text.slice(start, end), dial: ext ? `${number} ext. ${ext[1]}` : number });
  }
  return spans;
}

export type LabelledPhone = PhoneSpan & { kind: ReleasePhoneKind; labelled: boolean; alsoPhone: boolean };

/**
 * Adds the label printed before ("Mob. ") or after ("(WhatsApp)") a number and
 * widens the span over it, so the label never turns up as a name or a note.
 */
export function withLabel(text: string, span: PhoneSpan, from: number): LabelledPhone & { labelStart: number } {
  const gap = text.slice(from, span.start);
  const before = labelBefore(gap);
  const after = labelAfter(text.slice(span.end));
  const label = before?.kind || !after ? before : after;
  return {
    ...span,
    end: span.end + (after ? after.end : 0),
    labelStart: before ? from + before.index : span.start,
    kind: label?.kind ?? null,
    labelled: Boolean(label),
    alsoPhone: label?.alsoPhone ?? false,
  };
}
