/**
 * Scores the release parser over the corpus of real contact blocks.
 *
 *   tsx scripts/import-score.ts [--misses] [dir]
 *
 * Exits 1 when people exactly right fall below fixtures/release-import/floor.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRelease } from '../lib/release-import';
import { formatScore, loadCorpus, scoreCorpus } from '../lib/release-import/score';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join('fixtures', 'release-import');
const floor = JSON.parse(readFileSync(join('fixtures', 'release-import', 'floor.json'), 'utf8')) as {
  exactPct: number;
};
const score = scoreCorpus(loadCorpus(dir), (text) => parseRelease(text));
console.log(formatScore(score));
if (args.includes('--misses')) {
  console.log('\nMisses:');
  for (const m of score.misses) console.log(`  ${m.id}\n    want ${m.expected}\n    got  ${m.got}`);
}
console.log(`\nFloor: ${floor.exactPct}% exact`);
if (score.exactPct < floor.exactPct) {
  console.error(`Below the floor: ${score.exactPct.toFixed(1)}% < ${floor.exactPct}%`);
  process.exitCode = 1;
}
