import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** One target of `npm run bench:search`, as its own code judged it. */
export type SearchVerdict = { text: string; met: boolean };

/** What `bench/search.ts --verdicts` prints last: its verdicts, one JSON line. */
export const VERDICTS_PREFIX = 'SEARCH-VERDICTS ';

/**
 * `npm run bench:search` in a child process (it needs `--conditions=react-server` for the app's query
 * modules): its tables go to this output as they are, and its verdicts come back from its own code.
 * No verdicts (it failed, or printed none) is `null`: the caller fails the run.
 */
export function runSearchBench(): SearchVerdict[] | null {
  console.log('\nSearch (bench/search.ts):');
  const result = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.join('bench', 'search.ts'), '--verdicts'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  const lines = (result.stdout ?? '').split('\n');
  for (const line of lines) if (!line.startsWith(VERDICTS_PREFIX)) console.log(`  ${line}`);
  const line = lines.find((l) => l.startsWith(VERDICTS_PREFIX));
  if (result.status !== 0 || !line) return null;
  return JSON.parse(line.slice(VERDICTS_PREFIX.length)) as SearchVerdict[];
}
