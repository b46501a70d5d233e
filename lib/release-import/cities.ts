import type { KnownCity } from './types';
import { fold } from './text';

/** Cities press offices work from most, with the names French, German and Spanish releases use. */
const WELL_KNOWN: Record<string, string[]> = {
  CH: ['Geneva', 'Genève', 'Genf', 'Ginebra', 'Bern', 'Berne', 'Zurich', 'Zürich'],
  RU: ['Moscow', 'Moscou', 'Moskau', 'Moscú', 'Москва'],
  KE: ['Nairobi'],
  EG: ['Cairo', 'Le Caire', 'Kairo', 'El Cairo'],
  AT: ['Vienna', 'Vienne', 'Wien', 'Viena'],
  DE: ['Berlin', 'Berlín', 'Bonn'],
  FR: ['Paris', 'París'],
  ES: ['Madrid'],
  GB: ['London', 'Londres'],
  US: ['New York', 'Nueva York', 'Washington', 'Washington DC', 'Washington D.C.'],
  IL: ['Jerusalem', 'Jérusalem', 'Jerusalén'],
  BE: ['Brussels', 'Bruxelles', 'Brüssel', 'Bruselas'],
  IT: ['Rome', 'Roma', 'Rom'],
  LB: ['Beirut', 'Beyrouth'],
  JO: ['Amman'],
  SN: ['Dakar'],
  TH: ['Bangkok'],
  UA: ['Kyiv', 'Kiev', 'Kiew'],
  ET: ['Addis Ababa'],
};

const BUILT_IN = new Map(
  Object.entries(WELL_KNOWN).flatMap(([country, names]) => names.map((name) => [fold(name), country] as const)),
);

/** ISO country of a city, from the caller's list first, then the built-in table. */
export function countryOfCity(city: string | null, knownCities: readonly KnownCity[]): string | null {
  if (!city) return null;
  const key = fold(city);
  const known = knownCities.find((c) => fold(c.name) === key);
  return known ? known.country.toUpperCase() : (BUILT_IN.get(key) ?? null);
}

const CITY = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|del|la|el|am|upon|sur)\s+)?\p{Lu}[\p{L}'’.\-]*){0,2}`;
const IN = String.raw`(?:[Ii]n|[Aa]t|[Ff]rom|[ÀàAa]|[Aa]u|[Ee]n|[Aa]us|[Ii]m|[Dd]esde|[Вв]о?)`;
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
