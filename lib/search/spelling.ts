import { transliterate } from 'transliteration';
import { foldForSearch } from './search-highlight';

/** A word shorter than this is matched as typed: one wrong letter in "ivan" is another name. */
export const MIN_FORGIVEN_LENGTH = 5;
/** Spellings one word may expand to, at most: each is another doclist for FTS5 to merge. */
export const MAX_ALTERNATIVES = 8;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** The words of a text as the index holds them (unicode61, remove_diacritics 2): "Аюна Батоева" → аюна батоева. */
export function indexWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => foldForSearch(w.normalize('NFC')));
}

/**
 * How a word sounds, in Latin letters: the same key for the spellings one name gets in two scripts or
 * two transliteration schemes. Батоева, Batoeva and Batoyeva → "batoeva"; Tommaso and Tomaso → "tomaso";
 * Женева → "zeneva" (one letter from "geneva"). Cyrillic, Greek and other scripts go through the
 * `transliteration` package; the rules below only merge what its scheme and others spell apart.
 */
export function soundKey(word: string): string {
  return (
    transliterate(foldForSearch(word))
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      // ж, х, ц: zh/j/z, kh/h, ts/c.
      .replace(/zh/g, 'z')
      .replace(/kh/g, 'h')
      .replace(/ts/g, 'c')
      // я, е, ё, ю written ya/ye/yo/yu or a/e/o/u, after a vowel or at the start.
      .replace(/(^|[aeiou])y(?=[aeiou])/g, '$1')
      // Doubled letters are the commonest slip in a name heard on the phone.
      .replace(/(.)\1+/g, '$1')
  );
}

/** Damerau-Levenshtein distance (adjacent transpositions) at most 1, in one pass over both words. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // one transposition
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1); // one insertion
}

/** Each key with one letter left out: two keys within one edit share one of these (or one is the other). */
function deletions(key: string): string[] {
  return Array.from({ length: key.length }, (_, i) => key.slice(0, i) + key.slice(i + 1));
}

/** One group of names that mean the same place or person: Geneva, Genève. */
export type NameGroup = string[];

/**
 * The names the directory knows (people's and cities' words), looked up by sound and by one typo
 * ("symmetric delete": every key and its one-letter deletions in a map, so a lookup is a few map
 * reads however many names there are).
 */
export class SpellingIndex {
  private readonly words = new Set<string>();
  private readonly sorted: string[];
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byDeletion = new Map<string, Set<string>>();
  /** A word that is a whole name of a city → the city's other names (each a phrase of index words). */
  private readonly places = new Map<string, string[][]>();

  constructor(nameWords: Iterable<string>, places: NameGroup[] = []) {
    const add = (word: string) => {
      if (this.words.has(word)) return;
      this.words.add(word);
      const key = soundKey(word);
      if (!key) return;
      let same = this.byKey.get(key);
      if (!same) {
        this.byKey.set(key, (same = new Set()));
        for (const d of deletions(key)) {
          const set = this.byDeletion.get(d) ?? new Set<string>();
          this.byDeletion.set(d, set.add(key));
        }
      }
      same.add(word);
    };
    for (const w of nameWords) add(w);
    for (const names of places) {
      const phrases = names.map(indexWords).filter((p) => p.length > 0);
      for (const p of phrases) p.forEach(add);
      for (const p of phrases) {
        if (p.length !== 1) continue;
        const others = phrases.filter((o) => o.join(' ') !== p[0]);
        this.places.set(p[0]!, [...(this.places.get(p[0]!) ?? []), ...others]);
      }
    }
    this.sorted = [...this.words].sort();
  }

  /** True when some name is this word, or starts with it when `prefix`. */
  knows(word: string, prefix = false): boolean {
    if (this.words.has(word)) return true;
    if (!prefix) return false;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return this.sorted[lo]?.startsWith(word) ?? false;
  }

  /**
   * Other spellings of a word: the names that sound the same (always), and, when `forgive`, those one
   * letter away if the word is long enough. Then, for a whole city name, the city's other names.
   * Each spelling is a phrase (a list of index words); the word itself is not among them.
   */
  alternatives(word: string, forgive: boolean): string[][] {
    const key = soundKey(word);
    const found: string[] = [];
    const take = (keys: Iterable<string>) => {
      for (const k of keys) {
        for (const w of this.byKey.get(k) ?? []) if (w !== word && !found.includes(w)) found.push(w);
      }
    };
    take([key]);
    if (forgive && [...word].length >= MIN_FORGIVEN_LENGTH && key.length >= MIN_FORGIVEN_LENGTH - 1) {
      const near = new Set<string>();
      const consider = (k: string) => k !== key && withinOneEdit(k, key) && near.add(k);
      for (const k of this.byDeletion.get(key) ?? []) consider(k); // one letter more than typed
      for (const d of deletions(key)) {
        if (this.byKey.has(d)) consider(d); // one letter less
        for (const k of this.byDeletion.get(d) ?? []) consider(k); // one letter other, or two swapped
      }
      take([...near].sort());
    }
    const phrases = [word, ...found].flatMap((w) => this.places.get(w) ?? []);
    const out: string[][] = found.map((w) => [w]);
    for (const p of phrases) if (!out.some((o) => o.join(' ') === p.join(' ')) && p.join(' ') !== word) out.push(p);
    return out.slice(0, MAX_ALTERNATIVES);
  }
}
