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
const EXTENSION_RE = /^\s*,?\s*(?:ext(?:ension)?\.?|x|poste|durchwahl|dw\.?|int\.|interno|anexo)\s*:?\s*(\d{1,6})(?!\p{N})/iu;
const DATE_LIKE_RE = /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})$/;

/** Phone numbers in `text`: seven digits or more, not a date, not the hour after them. */
export function findPhoneSpans(text: string): PhoneSpan[] {
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
