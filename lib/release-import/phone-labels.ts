import { allLabels, allWords } from './languages';
import type { ReleasePhoneKind } from './types';
import { WORD_END, WORD_START } from './text';

type LabelKind = Exclude<ReleasePhoneKind, null> | 'duty' | 'generic' | 'phone-and-fax';

const PHONE = allLabels('phone').join('|');
const FAX = allLabels('fax').join('|');
const OR = new Set(allWords('alternatives'));
const AND = allWords('joiners')
  .filter((j) => !OR.has(j))
  .join('|');

// Order matters: earlier patterns win when two could read the same label. Built from ./languages.
const LABELS: [LabelKind, string][] = [
  ['phone-and-fax', String.raw`(?:${PHONE})\.?\s*(?:\/|&|\+|${AND})\s*(?:${FAX})`],
  ['fax', FAX],
  ['whatsapp', allLabels('whatsapp').join('|')],
  ['duty', allLabels('duty').join('|')],
  ['mobile', allLabels('mobile').join('|')],
  // "Press office: …" names a desk, so "office" is a label only where a field starts.
  ['landline', allLabels('landline').join('|')],
  ['generic', PHONE],
];

const LABEL = LABELS.map(([, p]) => `${WORD_START}(?:${p})${WORD_END}`).join('|');
const JOIN = String.raw`\s*[.:]?\s*(?:[\/&+,]|${allWords('joiners').join('|')})?\s*`;
const RUN = `(?:${LABEL})(?:${JOIN}(?:${LABEL}))*`;
const RUN_AT_END_RE = new RegExp(String.raw`${RUN}\s*\.?\s*:?\s*[-–]?\s*$`, 'iu');
const RUN_IN_BRACKETS_RE = new RegExp(
  String.raw`^\s*[(\[]\s*(${RUN})\s*(?:${allWords('only').join('|')})?\s*[)\]]`,
  'iu',
);
const LETTER_IN_BRACKETS_RE = /^\s*\(([mof])\)/i;
const EMAIL_LABEL_RE = new RegExp(
  String.raw`${WORD_START}(?:${allWords('emailLabels').join('|')})\s*\.?\s*:?\s*$`,
  'iu',
);

export type PhoneLabel = { index: number; kind: ReleasePhoneKind; alsoPhone: boolean; end: number };

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
function kindOf(run: string): { kind: ReleasePhoneKind; alsoPhone: boolean } {
  const kinds = [...run.matchAll(new RegExp(LABEL, 'giu'))].map((m) => labelKind(run, m.index, m[0].length));
  if (kinds.includes('phone-and-fax')) return { kind: 'fax', alsoPhone: true };
  if (kinds.includes('fax')) return { kind: 'fax', alsoPhone: kinds.some((k) => k !== 'fax') };
  // A duty line is a number to call like any other: its kind comes from the number itself.
  const kind = kinds.find(
    (k): k is Exclude<ReleasePhoneKind, null> => k !== 'generic' && k !== 'duty' && k !== 'phone-and-fax',
  );
  return { kind: kind ?? null, alsoPhone: false };
}

/** Tries each pattern where the label was found, so "F" in "F:" still sees its colon. */
function labelKind(run: string, index: number, length: number): LabelKind {
  const found = LABELS.find(([, p]) => {
    // The word end makes the alternation try its longer words: "Mobile" is not "Mobil" followed by "e".
    const re = new RegExp(`(?:${p})${WORD_END}`, 'iuy');
    re.lastIndex = index;
    return re.exec(run)?.[0].length === length;
  });
  return found ? found[0] : 'generic';
}
