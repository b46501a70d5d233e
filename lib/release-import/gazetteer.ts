import cityTimezones from 'city-timezones';
import { LANGUAGES } from './languages';
import { fold } from './text';

export type GazetteerCity = { name: string; country: string; timezone: string };

type Entry = GazetteerCity & { pop: number };

/**
 * World cities from the `city-timezones` package (7,300 cities with their ISO country and time zone,
 * see docs/decisions/0030), keyed by folded name; the local and foreign names releases use
 * ("Genève", "Женева", "Wien") come from the language modules and point at the gazetteer's name.
 */
const BY_NAME = new Map<string, Entry>();

function add(key: string, entry: Entry): void {
  const k = fold(key);
  const seen = BY_NAME.get(k);
  if (!seen || seen.pop < entry.pop) BY_NAME.set(k, entry);
}

for (const c of cityTimezones.cityMapping) {
  const entry = { name: c.city_ascii, country: c.iso2, timezone: c.timezone, pop: c.pop };
  add(c.city, entry);
  add(c.city_ascii, entry);
}
for (const lang of LANGUAGES) {
  for (const [local, name] of Object.entries(lang.cityNames)) {
    const entry = BY_NAME.get(fold(name));
    if (!entry) throw new Error(`${lang.code}: "${local}" points at "${name}", which the gazetteer does not know`);
    add(local, { ...entry, pop: entry.pop + 1 });
  }
}

/** Words that name a city somewhere but mean something else in a contacts block ("Mobile", "Lead", "Ende"). */
const NOT_CITIES = new Set(LANGUAGES.flatMap((l) => l.notCities).map(fold));

export function lookupCity(name: string): GazetteerCity | null {
  const key = fold(name.trim());
  if (NOT_CITIES.has(key)) return null;
  const e = BY_NAME.get(key) ?? BY_NAME.get(key.replace(/\.$/, ''));
  return e ? { name: e.name, country: e.country, timezone: e.timezone } : null;
}

/** The gazetteer's name for a city, or the name as given when the gazetteer does not know it. */
export function canonicalCity(name: string): string {
  return lookupCity(name)?.name ?? name;
}
