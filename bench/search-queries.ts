import { COMMON_WORDS, randomSource, type SyntheticDirectory } from './synthetic-directory';

export type QueryClass = { name: string; queries: string[] };

/** Ranks in the Zipf vocabulary: a word of rank r is in roughly 1/(r·ln V) of all words. */
const MID = { from: 100, to: 2_000 };
const RARE_FROM = 5_000;

const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Queries as people type them: the last word is unfinished (a prefix) in every class, as in
 * search-as-you-type. Multi-word release queries take their words from one real release, so they
 * find something, as a remembered phrase would.
 */
export function buildQueries(
  { vocabulary, contactNames, sampleBodies, cityNames }: SyntheticDirectory,
  perClass: number,
): QueryClass[] {
  const random = randomSource(7);
  const rank = new Map(vocabulary.map((w, i) => [w, i]));
  const fromOneRelease = (inRange: (r: number) => boolean) => {
    for (;;) {
      const words = [...new Set(random.pick(sampleBodies).filter((w) => inRange(rank.get(w)!)))];
      if (words.length < 2) continue;
      const n = Math.min(words.length, 2 + random.int(2));
      const picked = Array.from({ length: n }, () => words.splice(random.int(words.length), 1)[0]!);
      return picked.join(' ');
    }
  };
  const namePrefix = () => {
    const parts = random.pick(contactNames).split(' ');
    const cut = (w: string) => w.slice(0, Math.min(w.length, 3 + random.int(4)));
    const name = random.next() < 0.5 ? cut(random.pick(parts)) : `${parts[0]} ${cut(parts.at(-1)!)}`;
    // Half typed without accents, as on a keyboard without them ("lucia" for Lucía).
    return (random.next() < 0.5 ? stripAccents(name) : name).toLowerCase();
  };
  // One slip in a name heard on the phone: a letter doubled, dropped, changed or two swapped ("tomaso").
  const misheardName = () => {
    const words = random
      .pick(contactNames)
      .split(' ')
      .filter((w) => w.length >= 5);
    if (words.length === 0) return misheardName();
    const word = stripAccents(random.pick(words)).toLowerCase();
    const at = 1 + random.int(word.length - 2);
    const slips = [
      () => word.slice(0, at) + word[at] + word.slice(at),
      () => word.slice(0, at) + word.slice(at + 1),
      () => word.slice(0, at) + 'aeiouy'[random.int(6)] + word.slice(at + 1),
      () => word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1),
    ];
    return slips[random.int(slips.length)]!();
  };
  const common = () => {
    const top = COMMON_WORDS.slice(0, 12);
    return Array.from({ length: 1 + random.int(3) }, () => random.pick(top)).join(' ');
  };
  const make = (f: () => string) => Array.from({ length: perClass }, f);
  return [
    { name: 'name prefix', queries: make(namePrefix) },
    { name: 'misheard name', queries: make(misheardName) },
    { name: 'rare words (release)', queries: make(() => fromOneRelease((r) => r >= RARE_FROM)) },
    { name: 'mid-frequency words (release)', queries: make(() => fromOneRelease((r) => r >= MID.from && r < MID.to)) },
    { name: 'most common words only', queries: make(common) },
    // A city's name, finished: the city, its people, and the releases datelined there (db/queries/search-datelines.ts).
    { name: 'city (releases datelined there)', queries: make(() => `${random.pick(cityNames).toLowerCase()} `) },
  ];
}
