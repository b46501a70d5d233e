import type { CountryCode } from 'libphonenumber-js/max';
import { LANGUAGES, type Language } from './languages';
import { findContactsBlock } from './contacts-block';
import { fold, toLines } from './text';

/**
 * The language a contacts block is written in: Cyrillic script, else the module whose headings, lead-ins
 * and labels the block uses most. Null when no module's words appear.
 */
export function blockLanguage(block: string): Language | null {
  return mostLikely(block, () => 0);
}

/**
 * The language a whole release is written in, for the release's `language`: the contacts block's words as
 * above, and the little words of the running text ("the", "des", "und", "della") that every sentence has.
 * Null when nothing says.
 */
export function releaseLanguage(text: string): string | null {
  const { block, found } = findContactsBlock(toLines(text));
  const folded = fold(text);
  // A heading or label in the contacts block says more than one "the": it counts as three.
  const lang = mostLikely(found ? block.join('\n') : text, (l) => occurrences(folded, l.commonWords) / 3);
  return lang?.code ?? null;
}

function mostLikely(block: string, extra: (lang: Language) => number): Language | null {
  const letters = block.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
  if (letters.length && cyrillic / letters.length > 0.5) return LANGUAGES.find((l) => l.code === 'ru') ?? null;
  const folded = fold(block);
  let best: Language | null = null;
  let bestCount = 0;
  for (const lang of LANGUAGES) {
    const words = [...lang.headings, ...lang.leadIns, ...lang.labels.phone, ...lang.labels.mobile, ...lang.emailLabels];
    // Titles and desks ("Ufficio Stampa", "Pressestelle") count half: some are shared between languages.
    const count = occurrences(folded, words) + occurrences(folded, [...lang.roles, ...lang.desks]) / 2 + extra(lang);
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
