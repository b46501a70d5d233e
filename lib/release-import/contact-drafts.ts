import type { CountryCode } from 'libphonenumber-js/max';
import type { KnownCity } from './types';
import { countryOfCity, readCityLabel } from './cities';
import { findEmails } from './emails';
import { findPhoneSpans } from './phone-spans';
import { ADDRESS_WORD_RE } from './vocabulary';
import { classifyFragment, splitFragments, type Fragment } from './fragments';
import { fold, stripBullet } from './text';
import { tokenise, type HiddenToken, type PhoneToken } from './tokens';

export type ContactDraft = {
  city: string | null;
  name: string | null;
  role: string | null;
  /** phones and hidden e-mails in the order printed, so warnings follow the text */
  items: (PhoneToken | HiddenToken)[];
  emails: string[];
  notes: string[];
};

/** Reads the people in a contacts block; drops anyone with neither a name nor a way to reach them. */
export function readContactDrafts(
  lines: string[],
  knownCities: readonly KnownCity[],
  region: CountryCode | null = null,
): ContactDraft[] {
  const reader = new DraftReader(knownCities, region);
  for (const line of lines) reader.readLine(line);
  shareWithinGroups(reader.groups);
  returnEmailsToOwners(reader.drafts);
  shareLineAddress(reader.lines);
  return reader.drafts.filter((d) => d.name || reachable(d));
}

/** "Jane Doe or John Roe, ICRC Geneva, tel. …": what follows two names joined belongs to both. */
function shareWithinGroups(groups: ContactDraft[][]): void {
  for (const group of groups) {
    const last = group[group.length - 1]!;
    for (const d of group.slice(0, -1)) {
      if (reachable(d) || d.role || !reachable(last)) continue;
      d.items.push(...last.items);
      d.emails.push(...last.emails);
      d.city ??= last.city;
      d.role = last.role;
    }
  }
}

const letters = (text: string) => fold(text).replace(/[^a-z]/g, '');

/**
 * "Lydia Matzka-Saboi, Tel.: … und Ruth Schöffl, Tel.: …, E-Mail: presse@…": an address that spells
 * nobody's name, printed once after everyone on the line, is theirs to share.
 */
function shareLineAddress(lines: ContactDraft[][]): void {
  for (const people of lines) {
    const last = people[people.length - 1];
    if (!last || people.length < 2) continue;
    const surnames = people.map((d) => (d.name ? letters(d.name.split(/\s+/).pop()!) : '')).filter(Boolean);
    const shared = last.emails.filter((e) => !surnames.some((n) => letters(e.split('@')[0]!).includes(n)));
    if (shared.length === 0) continue;
    for (const d of people.slice(0, -1)) if (d.name && d.emails.length === 0) d.emails.push(...shared);
  }
}

/**
 * Names and numbers on one line each, then the e-mails on lines of their own ("p.kleemann@…",
 * "c.schleinzer@…"): an address that spells another contact's surname is that contact's.
 */
function returnEmailsToOwners(drafts: ContactDraft[]): void {
  const surnames = drafts.map((d) => (d.name ? letters(d.name.split(/\s+/).pop()!) : ''));
  for (const d of drafts) {
    for (const email of [...d.emails]) {
      const local = letters(email.split('@')[0]!);
      const owners = drafts.filter((_, i) => surnames[i]!.length >= 3 && local.includes(surnames[i]!));
      const owner = owners.length === 1 ? owners[0]! : null;
      if (!owner || owner === d || owner.emails.includes(email)) continue;
      d.emails.splice(d.emails.indexOf(email), 1);
      owner.emails.push(email);
    }
  }
}

// "1090 Wien", "A-1090 Wien", "00186 Rome", "CH-3001 Bern".
const POSTCODE_CITY_RE = /(?:^|[,\s–-])(?:[A-Z]{1,2}-)?\d{4,6}\s+(\p{Lu}[\p{L}'’.\- ]+?)\s*$/u;

/**
 * A line that is a postal address ("Ebendorferstraße 6/5", "Via Arenula, 70 - 00186 Rome", "1010 Wien"):
 * the city it names, null when it names none, undefined when the line is no address.
 */
function readAddress(line: string, knownCities: readonly KnownCity[]): string | null | undefined {
  if (findEmails(line).length || findPhoneSpans(line).length) return undefined;
  const postcode = POSTCODE_CITY_RE.exec(line);
  const city = postcode && countryOfCity(postcode[1]!, knownCities) ? postcode[1]!.trim() : null;
  if (city) return city;
  return ADDRESS_WORD_RE.test(line) && /\d/.test(line) ? null : undefined;
}

const JOINERS: Record<string, string> = { ',': ', ', ':': ': ', '–': ' – ', '—': ' – ', '-': ' – ' };

function isNoteLike(fragment: Fragment): boolean {
  return fragment.type === 'note' || fragment.type === 'other';
}

function reachable(d: ContactDraft): boolean {
  return d.items.length > 0 || d.emails.length > 0;
}

/**
 * A new contact starts at a city label; at a name once the current contact
 * has a name or a number or address; at a title that opens a segment or names
 * a desk once the current contact can already be reached.
 */
class DraftReader {
  readonly drafts: ContactDraft[] = [];
  /** contacts whose names were printed together ("A or B"), to share what follows */
  readonly groups: ContactDraft[][] = [];
  /** the contacts each line started */
  readonly lines: ContactDraft[][] = [];
  private city: string | null = null;
  private current: ContactDraft | null = null;
  /** whether the current contact was read on this line: only then does stray text become its note */
  private touched = false;

  constructor(
    private readonly knownCities: readonly KnownCity[],
    private readonly region: CountryCode | null,
  ) {}

  readLine(line: string): void {
    this.touched = false;
    this.lines.push([]);
    const address = readAddress(line, this.knownCities);
    if (address !== undefined) {
      // A postal address says where the contact works; the rest of it is for letters, not calls.
      if (address && this.current && !this.current.city) this.current.city = address;
      if (address && !this.city) this.city = address;
      return;
    }
    for (const segment of stripBullet(line).split(/\s*;\s*/)) this.readSegment(segment);
  }

  private readSegment(segment: string): void {
    const label = readCityLabel(segment, this.knownCities);
    const named = this.current;
    if (label && named?.name && !reachable(named) && !named.city) {
      // "Christopher Tidey" then "UNICEF New York" on the next line: where that person works.
      named.city = label.city;
    } else if (label) {
      this.city = label.city;
      this.current = null;
    }
    let opensSegment = true;
    for (const token of tokenise(label ? label.rest : segment, this.region)) {
      if (token.type === 'text') {
        if (this.readText(token.text, opensSegment)) opensSegment = false;
        continue;
      }
      const d = this.current ?? this.start();
      if (token.type === 'email') d.emails.push(token.address);
      else d.items.push(token);
      opensSegment = false;
      this.touched = true;
    }
  }

  private readText(text: string, opensSegment: boolean): boolean {
    let read = false;
    let previousWasNote = false;
    for (const piece of splitFragments(text)) {
      const fragment = classifyFragment(piece.text, this.knownCities);
      previousWasNote &&= fragment !== null; // "(…), Twitter": a closed bracket ends the note
      if (!fragment) continue;
      // "speaks English, French" and "Twitter: @jane" are one note each, however the text is cut.
      const joiner = previousWasNote && isNoteLike(fragment) ? JOINERS[piece.separator] : undefined;
      const bracketed = piece.separator === '(';
      if (this.readFragment(fragment, opensSegment && !read, joiner, bracketed)) this.touched = read = true;
      previousWasNote = isNoteLike(fragment);
    }
    return read;
  }

  private readFragment(
    fragment: Fragment,
    opensSegment: boolean,
    joiner: string | undefined,
    bracketed = false,
  ): boolean {
    const current = this.current;
    switch (fragment.type) {
      case 'names': {
        const group: ContactDraft[] = [];
        for (const name of fragment.names) {
          const c = this.current;
          // "тел.: 309-10-87 (Александра Павлик)": a name in brackets after a number is whose number it is.
          const owns = c && !c.name && (!reachable(c) || (bracketed && this.touched && !c.role));
          const d = owns ? c : this.start();
          d.name = name;
          group.push(d);
        }
        if (group.length > 1) this.groups.push(group);
        return true;
      }
      case 'role': {
        const fresh = !current || (reachable(current) && (opensSegment || fragment.desk || current.role !== null));
        const d = fresh ? this.start() : current;
        d.role = d.role ? `${d.role}, ${fragment.role}` : fragment.role;
        if (fragment.name) d.name = fragment.name;
        if (fragment.city) d.city = fragment.city;
        // "Pressestelle Flughafen Wien AG" above the people of that desk: where all of them work.
        if (fragment.city && fragment.desk && !fragment.name) this.city ??= fragment.city;
        return true;
      }
      case 'org':
        return true;
      case 'city':
        // "CICR Genève, tél. …" on a line of its own after someone reachable: a desk in that city.
        if (current && opensSegment && reachable(current)) this.start().city = fragment.city;
        else if (!current) this.city = fragment.city;
        else if (!current.city) current.city = fragment.city;
        else current.notes.push(fragment.city);
        return true;
      case 'note':
      case 'other':
        if (!current || (fragment.type === 'other' && !this.touched)) return false;
        if (joiner && current.notes.length) current.notes[current.notes.length - 1] += joiner + fragment.text;
        else current.notes.push(fragment.text);
        return true;
    }
  }

  private start(): ContactDraft {
    const d: ContactDraft = { city: this.city, name: null, role: null, items: [], emails: [], notes: [] };
    this.drafts.push(d);
    this.lines[this.lines.length - 1]?.push(d);
    this.current = d;
    return d;
  }
}
