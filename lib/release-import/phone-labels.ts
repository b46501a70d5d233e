import type { PhoneKind } from '../directory/phone';
import { WORD_END, WORD_START } from './text';

type LabelKind = PhoneKind | 'generic' | 'phone-and-fax';

// Order matters: earlier patterns win when two could read the same label.
const LABELS: [LabelKind, string][] = [
  ['phone-and-fax', String.raw`t[eé]l(?:[eé]phone|efon)?\.?\s*(?:\/|&|\+|and|et|und|y)\s*(?:tele)?fax`],
  ['fax', String.raw`(?:tele)?fax|t[eé]l[eé]copie(?:ur)?|\(f\)|f(?=\s*:)`],
  ['whatsapp', String.raw`whats\s?app`],
  ['signal', 'signal'],
  ['duty', String.raw`(?:24\s?\/\s?7\s*)?(?:duty|on[- ]call|permanence|astreinte|bereitschaft(?:sdienst)?|guardia)\s+(?:phone|line|number|telephone|t[eé]l[eé]phone|telefon|nummer|tel[eé]fono|mobile)|24\s?\/\s?7(?:\s+(?:line|number|phone))?|hotline`],
  ['mobile', String.raw`mob(?:ile|il(?:telefon|e)?|\.)?|cell(?:phone|ular)?\.?|portable|port\.|m[oó]vil|celular|handy|gsm|natel|\(m\)|m(?=\s*:)`],
  // "Press office: …" names a desk, so "office" is a label only where a field starts.
  ['office', String.raw`(?<=^|[,;(\[|\/:]\s*)(?:office|bureau|b[uü]ro|oficina)|direct(?:\s+line)?|landline|festnetz|fixe|\(o\)|o(?=\s*:)`],
  ['generic', String.raw`t[eé]l[eé]phone|t[eé]l[eé]fono|telefon|telephone|phone|t[eé]l\.?|tfno\.?|telf\.?|ph\.|t(?=\s*:)|p(?=\s*:)`],
];

const LABEL = LABELS.map(([, p]) => `${WORD_START}(?:${p})${WORD_END}`).join('|');
const JOIN = String.raw`\s*[.:]?\s*(?:[\/&+,]|and|et|und|y|or|ou|o)?\s*`;
const RUN = `(?:${LABEL})(?:${JOIN}(?:${LABEL}))*`;
const RUN_AT_END_RE = new RegExp(String.raw`${RUN}\s*\.?\s*:?\s*[-–]?\s*$`, 'iu');
const RUN_IN_BRACKETS_RE = new RegExp(
  String.raw`^\s*[(\[]\s*(${RUN})\s*(?:only|seulement|uniquement|nur|solo|s[oó]lo)?\s*[)\]]`,
  'iu',
);
const LETTER_IN_BRACKETS_RE = /^\s*\(([mof])\)/i;
const EMAIL_LABEL_RE = new RegExp(
  String.raw`${WORD_START}(?:e-?mail|courriel|correo(?:\s+electr[oó]nico)?|mail|mailto|e(?=\s*:))\s*\.?\s*:?\s*$`,
  'iu',
);

export type PhoneLabel = { index: number; kind: PhoneKind | null; alsoPhone: boolean; end: number };

/** The label printed just before a number ("Mob.", "Tel./Fax:", "(M)"), read from the end of `gap`. */
export function labelBefore(gap: string): PhoneLabel | null {
  const m = RUN_AT_END_RE.exec(gap);
  return m ? { index: m.index, end: gap.length, ...kindOf(m[0]) } : null;
}

/** A label in brackets just after a number: "(mobile)", "(WhatsApp only)", "(O)". */
export function labelAfter(text: string): PhoneLabel | null {
  const letter = LETTER_IN_BRACKETS_RE.exec(text);
  if (letter) return { index: 0, end: letter[0].length, ...kindOf(`(${letter[1]})`) };
  const m = RUN_IN_BRACKETS_RE.exec(text);
  return m ? { index: 0, end: m[0].length, ...kindOf(m[1]!) } : null;
}

export function stripEmailLabel(gap: string): string {
  return gap.replace(EMAIL_LABEL_RE, '');
}

/** In "Mobile/WhatsApp" the first label decides; a fax anywhere in the run makes it a fax. */
function kindOf(run: string): { kind: PhoneKind | null; alsoPhone: boolean } {
  const kinds = [...run.matchAll(new RegExp(LABEL, 'giu'))].map((m) => labelKind(run, m.index, m[0].length));
  if (kinds.includes('phone-and-fax')) return { kind: 'fax', alsoPhone: true };
  if (kinds.includes('fax')) return { kind: 'fax', alsoPhone: kinds.some((k) => k !== 'fax') };
  return { kind: kinds.find((k): k is PhoneKind => k !== 'generic') ?? null, alsoPhone: false };
}

/** Tries each pattern where the label was found, so "F" in "F:" still sees its colon. */
function labelKind(run: string, index: number, length: number): LabelKind {
  const found = LABELS.find(([, p]) => {
    const re = new RegExp(p, 'iuy');
    re.lastIndex = index;
    return re.exec(run)?.[0].length === length;
  });
  return found ? found[0] : 'generic';
}
