import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from './audit';
import { cityNames } from '../schema';

/** A city's name in each other language; an empty one is removed (the pages then show the English name). */
export type CityNamesInput = { ru: string; fr: string };

/** Stores a city's names in Russian and French, and tells search its list of names is stale. */
export function setCityNames(tx: Tx, cityId: number, names: CityNamesInput): void {
  for (const [locale, name] of Object.entries(names)) {
    const where = and(eq(cityNames.cityId, cityId), eq(cityNames.locale, locale));
    if (!name.trim()) tx.delete(cityNames).where(where).run();
    else
      tx.insert(cityNames)
        .values({ cityId, locale, name })
        .onConflictDoUpdate({ target: [cityNames.cityId, cityNames.locale], set: { name } })
        .run();
  }
  // search-names.ts builds its groups of city names again when this moves (migration 0007).
  tx.run(sql`update search_names_generation set generation = generation + 1`);
}
