import { PHONE_KIND_LABELS, type PhoneKind } from './phone';

/** What a journalist's address book needs to call a spokesperson back. */
export type VCardInput = {
  fullName: string;
  /** The name in its own script (Аюна Батоева), when it differs from fullName */
  localName?: string | null;
  role: string;
  organisation: string;
  email: string | null;
  city: string;
  country: string;
  phones: { kind: PhoneKind; e164: string; extension: string | null }[];
  languages: string[];
  url: string;
};

/** The human-readable words of a vCard, in the reader's language (lib/directory/contact-vcard.ts). */
export type VCardLabels = {
  /** "Office ext. 42": the label of a number with an extension */
  extension: (kind: PhoneKind, extension: string) => string;
  /** "Languages: Russian, English" */
  languages: (list: string) => string;
};

export const ENGLISH_VCARD_LABELS: VCardLabels = {
  extension: (kind, extension) => `${PHONE_KIND_LABELS[kind]} ext. ${extension}`,
  languages: (list) => `Languages: ${list}`,
};

const TEL_TYPES: Record<PhoneKind, string> = {
  mobile: 'CELL,VOICE',
  office: 'WORK,VOICE',
  duty: 'WORK,VOICE,PREF',
  whatsapp: 'CELL,VOICE,X-WHATSAPP',
  signal: 'CELL,X-SIGNAL',
  fax: 'WORK,FAX',
};

/**
 * RFC 2426 §4: backslash, comma and newline are escaped in text; semicolons only
 * where they would split a structured value (N, ADR, ORG). Parsers keep a "\\;"
 * literally in a plain property such as TITLE.
 */
export function escapeText(value: string, structured = false): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return structured ? escaped.replace(/;/g, '\\;') : escaped;
}

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // Continuation lines start with a space, which counts toward their 75.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * Family name is everything after the first word ("Tommaso" + "Della Longa"):
 * right for the names we hold, and FN always carries the name exactly as written.
 */
function structuredName(fullName: string): string {
  const [given = '', ...rest] = fullName.trim().split(/\s+/);
  return [rest.join(' '), given, '', '', ''].map((part) => escapeText(part, true)).join(';');
}

/**
 * vCard 3.0, which every address book reads. Two choices, each what address books actually show:
 * - the name in its own script is NICKNAME (RFC 2426 §3.1.3): Apple Contacts, Google Contacts, Android and
 *   Outlook all display a nickname beside the name. X-PHONETIC-* would be read aloud and sorted by, and
 *   vCard 4's ALTID is ignored by most of them.
 * - an extension follows the E.164 number after a comma, the pause that iOS and Android dialers wait out
 *   before sending the digits as tones; the grouped X-ABLabel ("Office ext. 42") says so in words, and
 *   Apple and Google Contacts show it as the number's label.
 */
export function buildVCard(c: VCardInput, labels: VCardLabels = ENGLISH_VCARD_LABELS): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${structuredName(c.fullName)}`, `FN:${escapeText(c.fullName)}`];
  if (c.localName && c.localName !== c.fullName) lines.push(`NICKNAME:${escapeText(c.localName)}`);
  if (c.organisation) lines.push(`ORG:${escapeText(c.organisation, true)}`);
  if (c.role) lines.push(`TITLE:${escapeText(c.role)}`);
  let group = 0;
  for (const p of c.phones) {
    if (!p.extension) {
      lines.push(`TEL;TYPE=${TEL_TYPES[p.kind]}:${p.e164}`);
      continue;
    }
    const item = `item${++group}`;
    lines.push(`${item}.TEL;TYPE=${TEL_TYPES[p.kind]}:${p.e164},${p.extension}`);
    lines.push(`${item}.X-ABLabel:${escapeText(labels.extension(p.kind, p.extension))}`);
  }
  if (c.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${c.email}`);
  lines.push(`ADR;TYPE=WORK:;;;${escapeText(c.city, true)};;;${escapeText(c.country, true)}`);
  if (c.languages.length) lines.push(`NOTE:${escapeText(labels.languages(c.languages.join(', ')))}`);
  lines.push(`URL:${c.url}`, 'END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
