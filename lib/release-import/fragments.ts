import type { KnownCity } from './types';
import { countryOfCity } from './cities';
import { COUNTRY_NAMES } from './countries';
import { allWords } from './languages';
import { fold } from './text';
import {
  ARTICLE_RE,
  CLOSING_RE,
  CONTACT_BEFORE_NAME_RE,
  COURTESY_RE,
  DESK_RE,
  isLanguageList,
  JOINERS,
  LEADING_FILLER_RE,
  NOTE_RE,
  ORGANISATION_RE,
  ROLE_RE,
  TRAILING_FILLER_RE,
} from './vocabulary';

export type Fragment =
  | { type: 'names'; names: string[] }
  | { type: 'role'; role: string; desk: boolean; name: string | null; city: string | null }
  | { type: 'note'; text: string }
  | { type: 'city'; city: string }
  /** An organisation printed beside a contact ("ICRC", "CICR Iraq"): says nothing a contact needs. */
  | { type: 'org'; text: string }
  | { type: 'other'; text: string };

const SEPARATOR_RE = /(\s*[,()[\]|•·]\s*|:(?=\s|$)\s*|\s+[–—-]\s+|\s+\/\s+)/u;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*\.?`;
const PARTICLE = String.raw`(?:de|da|das|do|dos|del|della|di|du|des|van|von|der|den|ter|ten|le|la|bin|ibn|al|el|y|zu)`;
const NAME_RE = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}){1,4}$`, 'u');
const ACRONYMS_RE = /^\p{Lu}{2,8}(?:\s+\p{Lu}{2,8})*$/u;
/** "ICRC", "ÖRK", "MSF-OCG": an organisation's initials, possibly followed by where it is. */
const ACRONYM_LEAD_RE = /^(\p{Lu}[\p{Lu}\d&]{1,7}(?:-\p{Lu}{2,6})?)(?:\s*[\/,]\s*|\s+)(.+)$/u;
const SURNAME_RE = new RegExp(`^${NAME_WORD}$`, 'u');
// "Mme Layal Horanieh est la personne chargée …": a titled name opening a sentence about that person.
const TITLED_NAME_AT_START_RE = new RegExp(
  `^(?:${allWords('courtesyTitles').join('|')})\\.?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})\\s+\\p{Ll}`,
  'u',
);
const TITLED_NAME_AT_END_RE = new RegExp(
  `\\s(?:${allWords('courtesyTitles').join('|')})\\.?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})$`,
  'u',
);
// "Jane Doe or John Roe", "Claudia Stadler/Wolfgang Marks": two people sharing what follows.
const NAME_JOIN_RE = new RegExp(`\\s+(?:${JOINERS})\\s+|\\s*\\/\\s*`, 'u');
const CITY_PREPOSITION_RE = new RegExp(`^(?:${allWords('cityPrepositions').join('|')})\\s+`, 'iu');

/** Cuts text between numbers and addresses into pieces, each with the separator before it. */
export function splitFragments(text: string): { text: string; separator: string }[] {
  const parts = text.split(SEPARATOR_RE);
  const pieces: { text: string; separator: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) pieces.push({ text: parts[i]!, separator: (parts[i - 1] ?? '').trim() });
  return pieces;
}

export function classifyFragment(raw: string, knownCities: readonly KnownCity[]): Fragment | null {
  const text = clean(raw);
  if (!/\p{L}/u.test(text)) return null;
  if (CLOSING_RE.test(text)) return null;
  if (isLanguageList(text)) return { type: 'note', text };
  const city = text.replace(CITY_PREPOSITION_RE, '').replace(POSTCODE_RE, '');
  if (countryOfCity(city, knownCities)) return { type: 'city', city };
  const orgCity = readOrganisationCity(text, knownCities);
  if (orgCity) return orgCity;
  const person = text.replace(COURTESY_RE, '');
  if (isName(person)) return { type: 'names', names: [person] };
  // "Frau Drapela", "Mr Smith": after a courtesy title one capitalised word is a surname.
  if (person !== text && SURNAME_RE.test(person) && !ROLE_RE.test(person) && !ORGANISATION_RE.test(person))
    return { type: 'names', names: [person] };
  // "For interviews and case studies contact Jane Doe"
  const named = text.replace(CONTACT_BEFORE_NAME_RE, '').replace(COURTESY_RE, '');
  if (named !== text && isName(named)) return { type: 'names', names: [named] };
  // "… steht Ihnen als Verfasser Mag. Markus Gruber": a name with its title at the end of a sentence.
  const titled = (TITLED_NAME_AT_END_RE.exec(text) ?? TITLED_NAME_AT_START_RE.exec(text))?.[1];
  if (titled && isName(titled)) return { type: 'names', names: [titled] };
  const several = person.split(NAME_JOIN_RE).map((p) => p.replace(COURTESY_RE, ''));
  if (several.length > 1 && several.every(isName)) return { type: 'names', names: several };
  if (NOTE_RE.test(text)) return { type: 'note', text };
  if (ROLE_RE.test(text)) return readRole(text, knownCities);
  // "Caritas Österreich", "Russian Red Cross": who the contact works for, which the directory knows.
  if (ORGANISATION_RE.test(text)) return { type: 'org', text };
  return { type: 'other', text };
}

// "1090 Wien", "A-1090 Wien", "CH-3001 Bern": a postcode before the city.
const POSTCODE_RE = /^(?:[A-Z]{1,2}-)?\d{4,6}\s+/u;

/**
 * "ICRC Geneva", "CICR / Lubumbashi", "Bundespolizeiinspektion Rostock": an organisation and its city,
 * where the city is what a journalist needs; an acronym with anything else ("ICRC Iraq") is the
 * organisation alone. Never a person, however capitalised.
 */
function readOrganisationCity(text: string, knownCities: readonly KnownCity[]): Fragment | null {
  const words = withoutLegalForm(text).split(/\s+/);
  for (const n of [3, 2, 1]) {
    if (words.length <= n) continue;
    const tail = words.slice(-n).join(' ');
    const head = words
      .slice(0, -n)
      .join(' ')
      .replace(/[\s\/,–-]+$/u, '');
    // An organisation's name is short; "Bundeskanzler Rossi empfängt Schulklassen in Bern" is a sentence.
    const short = words.length - n <= 4;
    if (head && short && isOrganisation(head) && countryOfCity(tail, knownCities)) return { type: 'city', city: tail };
  }
  const acronym = ACRONYM_LEAD_RE.exec(text);
  const place = acronym?.[2];
  if (place && /^\p{Lu}/u.test(place) && !ROLE_RE.test(place) && !isName(place)) return { type: 'org', text };
  return ACRONYMS_RE.test(text) && !ROLE_RE.test(text) ? { type: 'org', text } : null;
}

// "Caritasverband Konstanz e.V.", "Flughafen Wien AG": the legal form after the place says nothing of it.
const LEGAL_FORM_RE = /\s+(?:e\.\s?V\.?|g?GmbH|AG|GEV|Ltd\.?|Inc\.?|S\.p\.A\.|Onlus|S\.?A\.?)$/u;

function withoutLegalForm(text: string): string {
  return text.replace(LEGAL_FORM_RE, '');
}

/** An organisation's name or initials; a desk ("Pressestelle Berlin") is a role with its city, read elsewhere. */
function isOrganisation(text: string): boolean {
  return (ACRONYMS_RE.test(text) || ORGANISATION_RE.test(text)) && !DESK_RE.test(text);
}

function clean(text: string): string {
  let t = text.replace(/^[\s"“”'‘’«»„.,:;!?–—-]+|[\s"“”'‘’«»„,:;!?–—-]+$/gu, '');
  // Keep the stop in "Washington D.C.", drop it after "Jane Doe."
  if (!/(?:^|[\s.])\p{L}\.$/u.test(t)) t = t.replace(/\.+$/, '');
  for (let before = ''; before !== t;) {
    before = t;
    t = t.replace(LEADING_FILLER_RE, '').replace(TRAILING_FILLER_RE, '');
  }
  return t.trim();
}

function isName(text: string): boolean {
  return (
    NAME_RE.test(text) &&
    !ROLE_RE.test(text) &&
    !ORGANISATION_RE.test(text) &&
    !namesCountry(text) &&
    !ACRONYM_FIRST_RE.test(text)
  );
}

// "UNICEF América Latina y el Caribe": initials first and then ordinary words make an organisation;
// a surname printed in capitals ("Irina STEIRER") comes last.
const ACRONYM_FIRST_RE = /^\p{Lu}{2,}\s+(?!\p{Lu}{2,}(?:\s|$))/u;

/** "South Sudan", "Volkshilfe Österreich", "Hilfswerk Austria International": a country is no one's name. */
function namesCountry(text: string): boolean {
  // The first word may be a given name ("Jordan", "Chad", "Georgia"); a country after it is a place.
  const later = text.split(/\s+/).slice(1);
  return (
    COUNTRY_NAMES.has(fold(text)) ||
    later.some((w) => COUNTRY_NAMES.has(fold(w)) || COUNTRY_NAMES.has(fold(w).replace(/s$/, '')))
  );
}

/** "IFRC spokesperson Jane Doe": a title with the name printed after it; "Pressestelle Berlin": one with its city. */
function readRole(text: string, knownCities: readonly KnownCity[]): Fragment {
  const role = text.replace(ARTICLE_RE, '');
  const words = role.split(/\s+/);
  for (let i = 1; i <= words.length - 2; i++) {
    const name = words.slice(i).join(' ').replace(COURTESY_RE, '');
    if (ROLE_RE.test(words[i - 1]!) && isName(name) && name.split(/\s+/).length <= 3) {
      const title = words.slice(0, i).join(' ');
      return { type: 'role', role: title, desk: DESK_RE.test(title), name, city: null };
    }
  }
  // "Ufficio Stampa ActionAid International Eleonora Tantaro": the organisation sits between title and name.
  const last = words.slice(-2).join(' ');
  if (words.length > 3 && ROLE_RE.test(words[0]!) && isName(last) && words.every((w) => /^\p{Lu}/u.test(w))) {
    const title = words.slice(0, -2).join(' ');
    return { type: 'role', role: title, desk: DESK_RE.test(title), name: last, city: null };
  }
  const placeWords = withoutLegalForm(role).split(/\s+/);
  const city = [2, 1]
    .filter((n) => placeWords.length > n)
    .map((n) => placeWords.slice(-n).join(' '))
    .find((tail) => countryOfCity(tail, knownCities));
  return { type: 'role', role, desk: DESK_RE.test(role), name: null, city: city ?? null };
}
