import ICAL from 'ical.js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parsePhone, type PhoneKind } from '../directory/phone';
import { lookUpCity } from '../release-import/city-proposals';

/**
 * A press office's address book exported as one .vcf file holding many cards (Outlook, Google
 * Contacts, Apple Contacts; vCard 2.1, 3.0 or 4.0), read with ical.js into the people it names.
 * Numbers are parsed and typed with libphonenumber (the card's TYPE first: FAX stays a fax); a card
 * that cannot be used is refused with its reason, and a number that cannot be read is left out with one.
 */
export type ListedPhone = { e164: string; kind: PhoneKind; extension: string | null };
export type ListedPerson = {
  /** 1-based position of the card in the file */
  card: number;
  fullName: string;
  organisation: string;
  role: string;
  email: string | null;
  phones: ListedPhone[];
  /** The work address's city, as printed */
  city: string | null;
  /** BCP 47 tags of the languages they speak (a spreadsheet's column; none from a vCard) */
  languages: string[];
  /** Numbers on the card that were left out, with the reason */
  problems: string[];
};
/** `card` is the card's position in a .vcf, or the spreadsheet row of a CSV (the header is row 1). */
export type Refusal = { card: number; label: string; reason: string };
export type VCardFile = { ok: true; people: ListedPerson[]; refused: Refusal[] } | { ok: false; error: string };

export const MAX_LISTED_PEOPLE = 200;

type Prop = InstanceType<typeof ICAL.Property>;

const text = (v: unknown): string =>
  (Array.isArray(v) ? v.filter(Boolean).join(' ') : typeof v === 'string' ? v : '').replace(/\s+/g, ' ').trim();
const types = (p: Prop): string[] => {
  const t = p.getParameter('type');
  return (Array.isArray(t) ? t : t ? [t] : []).flatMap((x) => String(x).toLowerCase().split(','));
};

export function readVCardFile(input: string): VCardFile {
  // vCard 2.1 (old Outlook) writes "TEL;CELL:" without "TYPE="; ical.js reads 3.0/4.0.
  const source = input.replace(/^\uFEFF/, '').replace(
    /^(TEL|EMAIL|ADR)((?:;[A-Z]+)+):/gim,
    (_, name: string, params: string) =>
      `${name};TYPE=${params
        .slice(1)
        .split(';')
        .filter((p) => !p.includes('='))
        .join(',')}${params
        .split(';')
        .filter((p) => p.includes('='))
        .map((p) => `;${p}`)
        .join('')}:`,
  );
  let parsed: unknown;
  try {
    parsed = ICAL.parse(source);
  } catch (error) {
    return {
      ok: false,
      error: `This is not a vCard file we can read (${(error as Error).message.slice(0, 120)}). Export the contacts again as .vcf.`,
    };
  }
  const cards = (
    Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])
  ) as unknown[];
  const vcards = cards.filter((c) => Array.isArray(c) && c[0] === 'vcard');
  if (!vcards.length) return { ok: false, error: 'There is no contact card (BEGIN:VCARD) in this file.' };
  if (vcards.length > MAX_LISTED_PEOPLE)
    return {
      ok: false,
      error: `This file holds ${vcards.length} cards; import at most ${MAX_LISTED_PEOPLE} at a time.`,
    };

  const people: ListedPerson[] = [];
  const refused: Refusal[] = [];
  vcards.forEach((jcard, index) => {
    const card = index + 1;
    const c = new ICAL.Component(jcard as unknown[]);
    const n = c.getFirstPropertyValue('n');
    const fullName = text(c.getFirstPropertyValue('fn')) || (Array.isArray(n) ? text([n[1], n[2], n[0]]) : '');
    const org = c.getFirstPropertyValue('org');
    const organisation = text(Array.isArray(org) ? org[0] : org);
    const emails = c
      .getAllProperties('email')
      .map((p) => text(p.getFirstValue()).replace(/^mailto:/i, ''))
      .filter(Boolean);
    const label = fullName || emails[0] || organisation || `card ${card}`;
    if (!fullName)
      return void refused.push({
        card,
        label,
        reason: 'The card has no name (FN or N): Pressline lists people by name.',
      });
    const adr = c
      .getAllProperties('adr')
      .sort((a, b) => Number(types(b).includes('work')) - Number(types(a).includes('work')))[0];
    const adrValue = adr?.getFirstValue();
    const city = Array.isArray(adrValue) ? text(adrValue[3]) || null : null;
    const region = city ? lookUpCity(city)?.country : undefined;
    const phones: ListedPhone[] = [];
    const problems: string[] = [];
    for (const p of c.getAllProperties('tel')) {
      const raw = text(p.getFirstValue()).replace(/^tel:/i, '');
      const result = parsePhone(raw, region);
      if (!result.ok) {
        problems.push(`${raw}: ${result.error}`);
        continue;
      }
      if (phones.some((x) => x.e164 === result.phone.e164)) continue;
      const t = types(p);
      const kind: PhoneKind = t.includes('fax')
        ? 'fax'
        : t.includes('cell') ||
            t.includes('mobile') ||
            t.includes('iphone') ||
            parsePhoneNumberFromString(result.phone.e164)?.getType() === 'MOBILE'
          ? 'mobile'
          : 'office';
      phones.push({ e164: result.phone.e164, kind, extension: result.phone.extension });
    }
    const email = emails.find((e) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) ?? null;
    if (!email && !phones.some((p) => p.kind !== 'fax')) {
      refused.push({
        card,
        label,
        reason: `No e-mail address and no number to call${problems.length ? ` (${problems.join('; ')})` : ''}: a journalist could not reach them.`,
      });
      return;
    }
    people.push({
      card,
      fullName: fullName.slice(0, 120),
      organisation: organisation.slice(0, 120),
      role: text(c.getFirstPropertyValue('title')).slice(0, 120),
      email,
      phones,
      city,
      languages: [],
      problems,
    });
  });
  return { ok: true, people, refused };
}
