import { findDate } from './dates';
import { titleCaseShouting } from './text';

const PLACE = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|del|da|am|an|der|sur|upon|on)\s+)?\p{Lu}[\p{L}'’.\-]*){0,3}(?:\s*\([^)]*\))?`;
const PLACES_RE = new RegExp(String.raw`^${PLACE}(?:\s*\/\s*${PLACE})*$`, 'u');
const AGENCY_DATELINE_RE = new RegExp(String.raw`^(${PLACE}(?:\s*[\/-]\s*${PLACE})*)\s*\([^)]{1,40}\)\s*[-–—:]`, 'u');

export type Dateline = { date: string | null; dateline: string[] };

/**
 * Reads "Moscow/Geneva, 6 December 2021 –" from the text above the contacts.
 * Without one, takes a date that opens a line or stands on a short line
 * ("Published: 6 December 2021"), never one from inside the story.
 */
export function readDateline(lines: string[]): Dateline {
  for (const line of lines) {
    const parts = line.split(',');
    const places = parts[0]!.trim();
    if (parts.length < 2 || !PLACES_RE.test(places)) continue;
    // "GENEVA, Switzerland, 6 December 2021" has the country between place and date.
    for (const skip of [1, 2]) {
      const found = findDate(parts.slice(skip).join(',').trim());
      if (found?.index === 0) return { date: found.iso, dateline: splitPlaces(places) };
    }
  }
  // "Geneva/Moscow (ICRC) – …", "Wien (OTS) - …": places and the agency, no date.
  // "wien (OTS) -": a place typed in lower case before the agency is still the place.
  const agency = lines
    .slice(0, 12)
    .map((l) => AGENCY_DATELINE_RE.exec(l.replace(/^\p{Ll}/u, (c) => c.toUpperCase())))
    .find(Boolean);
  const dateline = agency ? splitPlaces(agency[1]!) : [];
  // "Geneva (ICRC) – 6 December 2021 – …": the date follows the agency.
  const after = agency ? findDate(agency.input.slice(agency[0].length).trim()) : null;
  if (after?.index === 0) return { date: after.iso, dateline };
  for (const line of lines.filter(Boolean).slice(0, 12)) {
    const found = findDate(line);
    if (found && (found.index === 0 || line.length <= 60)) return { date: found.iso, dateline };
  }
  return { date: null, dateline };
}

/**
 * "Graz, am 12. März 2008", "Bern (ots)", "Wien (OTS) - …": a line that says where and when the release
 * was sent. Its place is the sender's, not a contact's.
 */
export function isDatelineLine(line: string): boolean {
  const parts = line.split(',');
  if (parts.length >= 2 && PLACES_RE.test(parts[0]!.trim())) {
    const rest = parts
      .slice(1)
      .join(',')
      .trim()
      .replace(/^(?:am|le|el|il|den|on)\s+/iu, '');
    if (findDate(rest)?.index === 0) return true;
  }
  return AGENCY_DATELINE_RE.test(line) || AGENCY_ONLY_RE.test(line);
}

const AGENCY_ONLY_RE = new RegExp(String.raw`^${PLACE}\s*\([^)]{1,40}\)\s*$`, 'u');

function splitPlaces(places: string): string[] {
  return places
    .split('/')
    .map((place) => titleCaseShouting(place.replace(/\([^)]*\)/g, '').trim()))
    .filter(Boolean);
}
