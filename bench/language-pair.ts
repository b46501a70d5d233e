import { measure, type Measurement } from './load';

/** One page in English and the same page in Russian, measured in turns on the same server. */
export type LanguagePair = {
  english: Measurement[];
  russian: Measurement[];
  englishBytes: number;
  russianBytes: number;
  /** Russian CPU per request over English's, from the means of the rounds */
  ratio: number;
  /** the run's noise: the largest relative difference between two rounds of the same page */
  noise: number;
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const spread = (xs: number[]) => (Math.max(...xs) - Math.min(...xs)) / mean(xs);

/**
 * Issue #19: a Russian page costs what its English one does. Both on Next's own path (no page cache in front,
 * where rendering a language could cost something: a catalogue, another cached entry), in alternating rounds so
 * that both share the machine's state; CPU per request is the measure, and the noise is what two rounds of the
 * same page differ by.
 */
export async function measureLanguagePair(
  baseUrl: string,
  cpuSeconds: () => number,
  { english, russian, rounds = 2 }: { english: string; russian: string; rounds?: number },
): Promise<LanguagePair> {
  const bytes = async (path: string) => (await (await fetch(baseUrl + path)).arrayBuffer()).byteLength;
  const englishBytes = await bytes(english);
  const russianBytes = await bytes(russian);
  const result = { english: [] as Measurement[], russian: [] as Measurement[] };
  for (let round = 1; round <= rounds; round++) {
    for (const [key, path] of [
      ['english', english],
      ['russian', russian],
    ] as const) {
      result[key].push(
        await measure({
          name: `(6) ${path} on Next's own path, round ${round}`,
          url: baseUrl + path,
          cpuSeconds,
          expect: (s) => s === 200,
        }),
      );
    }
  }
  const cpu = (ms: Measurement[]) => ms.map((m) => m.cpuMsPerRequest ?? NaN);
  const ratio = mean(cpu(result.russian)) / mean(cpu(result.english));
  const noise = Math.max(spread(cpu(result.english)), spread(cpu(result.russian)));
  return { ...result, englishBytes, russianBytes, ratio, noise };
}
