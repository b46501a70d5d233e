import { LANGUAGES } from './languages';
import { fold } from './text';

/**
 * Names of the world's countries in every language the import reads, from the runtime's CLDR data
 * (Intl.DisplayNames), folded: "Österreich", "South Sudan", "Colombie", "Россия".
 */
export const COUNTRY_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const lang of LANGUAGES) {
    const display = new Intl.DisplayNames([lang.code], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        const name = display.of(a + b);
        if (name) names.add(fold(name));
      }
    }
  }
  return names;
})();
