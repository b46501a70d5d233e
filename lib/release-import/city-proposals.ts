import { cityMapping } from 'city-timezones';
import type { CityInput } from '../directory/city-form';
import type { ParsedRelease } from './types';

/**
 * Cities a release names that Pressline does not have yet, proposed with their country and
 * time zone from a gazetteer of world cities (city-timezones, from Natural Earth's populated
 * places); desk e-mail and duty number are taken from the people listed there, for an admin
 * to check before anything is created.
 */
export type CityProposal = CityInput & { found: boolean };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

let byName: Map<string, { country: string; timeZone: string; pop: number }> | null = null;

/** The most populous city of that name: "Lima" is Peru's before Ohio's. */
export function lookUpCity(name: string): { country: string; timeZone: string } | null {
  if (!byName) {
    byName = new Map();
    for (const c of cityMapping) {
      for (const key of new Set([fold(c.city), fold(c.city_ascii)])) {
        const seen = byName.get(key);
        if (!c.timezone || (seen && seen.pop >= c.pop)) continue;
        byName.set(key, { country: c.iso2, timeZone: c.timezone, pop: c.pop });
      }
    }
  }
  const hit = byName.get(fold(name));
  return hit ? { country: hit.country, timeZone: hit.timeZone } : null;
}

/** One proposal per place named in the dateline or as a contact's city that no known city matches. */
export function proposeNewCities(
  parsed: ParsedRelease,
  known: { name: string; localName: string | null }[],
): CityProposal[] {
  const knownNames = new Set(
    known
      .flatMap((c) => [c.name, c.localName ?? ''])
      .filter(Boolean)
      .map(fold),
  );
  const places: string[] = [];
  for (const place of [...parsed.dateline, ...parsed.contacts.map((c) => c.city)]) {
    if (place && !knownNames.has(fold(place)) && !places.some((p) => fold(p) === fold(place))) places.push(place);
  }
  return places.map((name) => {
    const hit = lookUpCity(name);
    const listed = parsed.contacts.filter((c) => c.city && fold(c.city) === fold(name));
    // A desk ("Press office: …") speaks for the city better than any one person.
    const ordered = [...listed.filter((c) => !c.name), ...listed.filter((c) => c.name)];
    const phone = ordered.flatMap((c) => c.phones).find((p) => p.e164 && p.kind !== 'fax');
    return {
      name,
      country: hit?.country ?? '',
      timeZone: hit?.timeZone ?? '',
      deskEmail: ordered.flatMap((c) => c.emails)[0] ?? '',
      dutyPhone: phone?.e164 ?? '',
      found: hit !== null,
    };
  });
}
