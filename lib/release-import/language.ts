import type { CountryCode } from 'libphonenumber-js/max';
import { LANGUAGES, type Language } from './languages';
import { fold } from './text';

/**
 * The language a contacts block is written in: Cyrillic script, else the module whose headings, lead-ins
 * and labels the block uses most. Null when no module's words appear.
 */
export function blockLanguage(block: string): Language | null {
  const letters = block.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
  if (letters.length && cyrillic / letters.length > 0.5) return LANGUAGES.find((l) => l.code === 'ru') ?? null;
  const folded = fold(block);
  let best: Language | null = null;
  let bestCount = 0;
  for (const lang of LANGUAGES) {
    const words = [...lang.headings, ...lang.leadIns, ...lang.labels.phone, ...lang.labels.mobile, ...lang.emailLabels];
    // Titles and desks ("Ufficio Stampa", "Pressestelle") count half: some are shared between languages.
    const count = occurrences(folded, words) + occurrences(folded, [...lang.roles, ...lang.desks]) / 2;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}

function occurrences(folded: string, words: string[]): number {
  return words.reduce(
    (n, w) => n + (folded.match(new RegExp(`(?<![\\p{L}])(?:${w})(?![\\p{L}])`, 'giu'))?.length ?? 0),
    0,
  );
}

export function languageRegions(block: string): CountryCode[] {
  return (blockLanguage(block)?.regions ?? []) as CountryCode[];
}
