import { allWords } from './languages';

export type EmailSpan = { start: number; end: number; type: 'email' | 'hidden'; value: string };

const ADDRESS_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// "presse(at)example.org", "jane [at] example [dot] org": spelt out against harvesters.
const SPELT_OUT_RE =
  /([\p{L}\p{N}._%+-]+)\s?[[(]\s?at\s?[\])]\s?([\p{L}\p{N}-]+(?:(?:\.|\s?[[(]\s?dot\s?[\])]\s?)[\p{L}\p{N}-]+)*(?:\.|\s?[[(]\s?dot\s?[\])]\s?)\p{L}{2,})/giu;
// "jane.doe @ example.org", "presse @example.org": spaces beside the at sign, against harvesters too.
const SPACED_AT_RE = /([\p{L}\p{N}._%+-]+)(?:\s+@\s*|\s*@\s+)([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})/gu;
// "e-mail: press at amnesty.it": spelt out without brackets, read only right after an e-mail label.
const LABELLED_AT_RE = new RegExp(
  String.raw`(?<=(?:${allWords('emailLabels').join('|')})\s*:?\s*)([\p{L}\p{N}._%+-]+) at ([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})`,
  'giu',
);
// What Cloudflare's scraper shield prints in place of an address; it never reaches anyone.
const HIDDEN_RE = /\[\s*e-?mail\s+protected\s*\]/giu;

/** Addresses and hidden-address placeholders in `text`, in order. */
export function findEmails(text: string): EmailSpan[] {
  const spans: EmailSpan[] = [];
  for (const m of text.matchAll(HIDDEN_RE)) spans.push(span(m, 'hidden', m[0]));
  for (const m of text.matchAll(ADDRESS_RE)) spans.push(span(m, 'email', m[0]));
  for (const m of text.matchAll(SPACED_AT_RE)) spans.push(span(m, 'email', `${m[1]}@${m[2]}`));
  for (const m of text.matchAll(LABELLED_AT_RE)) spans.push(span(m, 'email', `${m[1]}@${m[2]}`));
  for (const m of text.matchAll(SPELT_OUT_RE)) {
    const domain = m[2]!.replace(/\s?[[(]\s?dot\s?[\])]\s?/giu, '.');
    spans.push(span(m, 'email', `${m[1]}@${domain}`));
  }
  return spans.sort((a, b) => a.start - b.start);
}

function span(m: RegExpExecArray | RegExpMatchArray, type: EmailSpan['type'], value: string): EmailSpan {
  return { start: m.index!, end: m.index! + m[0].length, type, value };
}
