import { LANGUAGES } from './languages';
import { fold } from './text';

/**
 * Names of the world's countries in every language the import reads, from the runtime's CLDR data
 * (Intl.DisplayNames), folded: "Österreich", "South Sudan", "Colombie", "Россия".
 */
const CODE_OF_NAME: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const lang of LANGUAGES) {
    const display = new Intl.DisplayNames([lang.code], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        const name = display.of(a + b);
        if (name && !names.has(fold(name))) names.set(fold(name), a + b);
      }
    }
  }
  return names;
})();

export const COUNTRY_NAMES: ReadonlySet<string> = new Set(CODE_OF_NAME.keys());

// One-word names of five letters or more: "Schweiz" in "Schweizerische", "Italia" in "Italiana".
const STEMS = [...CODE_OF_NAME].filter(([name]) => /^\p{L}{5,}$/u.test(name));

/**
 * The countries a text names, or names in a word built on the country's name ("Schweizerische Rote
 * Kreuz", "Croce Rossa Italiana", "Russian Red Cross"), most named first.
 */
export function countriesNamed(text: string): string[] {
  const counts = new Map<string, number>();
  for (const word of fold(text).match(/\p{L}{5,}/gu) ?? []) {
    const found = STEMS.find(([name]) => word.startsWith(name));
    if (found) counts.set(found[1], (counts.get(found[1]) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}
