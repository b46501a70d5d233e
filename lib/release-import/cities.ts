import type { KnownCity } from './types';
import { lookupCity } from './gazetteer';
import { allWords } from './languages';
import { fold } from './text';

/**
 * ISO country of a city: the press office's own cities first, then the gazetteer of world cities
 * (see gazetteer.ts), which knows local and foreign names through the language modules.
 */
export function countryOfCity(city: string | null, knownCities: readonly KnownCity[]): string | null {
  if (!city) return null;
  const key = fold(city.trim());
  const known = knownCities.find((c) => fold(c.name) === key);
  return known ? known.country.toUpperCase() : (lookupCity(city)?.country ?? null);
}

const CITY = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|del|la|el|am|upon|sur)\s+)?\p{Lu}[\p{L}'’.\-]*){0,2}`;
/** "in", "à", "во": either case for the first letter, since the city after it must keep its capital. */
const IN = `(?:${allWords('cityPrepositions')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`)
  .join('|')})`;
const PREFIXED_RE = new RegExp(String.raw`^${IN}\s+(${CITY})\s*(?:([:,–—-])\s*|$)`, 'u');
const AGENCY_RE = new RegExp(String.raw`^\p{Lu}{2,8}\s*[\s/]\s*(${CITY})\s*(?::\s*|$)`, 'u');
const BARE_RE = new RegExp(String.raw`^(${CITY})\s*(?::\s*|$)`, 'u');

export type CityLabel = { city: string; rest: string };

/**
 * Reads a city label at the start of a segment: "In Moscow:", "In Geneva,",
 * "ICRC Nairobi", "WFP/Cairo", "Geneva:". Only the "In …" form may name a
 * city we do not know; the others look too much like names and roles.
 */
export function readCityLabel(segment: string, knownCities: readonly KnownCity[]): CityLabel | null {
  const prefixed = PREFIXED_RE.exec(segment);
  if (prefixed) {
    const city = prefixed[1]!.trim();
    const endsLabel = !prefixed[2] || prefixed[2] === ':';
    if (endsLabel || countryOfCity(city, knownCities)) return { city, rest: segment.slice(prefixed[0].length).trim() };
  }
  for (const re of [AGENCY_RE, BARE_RE]) {
    const m = re.exec(segment);
    if (m && countryOfCity(m[1]!, knownCities)) return { city: m[1]!.trim(), rest: segment.slice(m[0].length).trim() };
  }
  return null;
}
