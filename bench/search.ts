/**
 * `npm run bench:search [-- --contacts N --releases N --queries N --keep | --db FILE]`: builds a synthetic
 * directory in a temporary file (or reuses one kept earlier), then times the site search (the same
 * `search(db, q)` the /search page calls) for four kinds of query. Prints build time, database size
 * and latency percentiles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db';
import { search } from '@/db/queries/search';
import { namesIndex } from '@/db/queries/search-names';
import { withSearchIndexRebuiltAfter } from '@/db/ops/search-index';
import { VERDICTS_PREFIX } from './search-run';
import { buildQueries } from './search-queries';
import { buildSyntheticDirectory } from './synthetic-directory';

const { values: args } = parseArgs({
  options: {
    contacts: { type: 'string', default: '100000' },
    releases: { type: 'string', default: '200000' },
    queries: { type: 'string', default: '400' },
    keep: { type: 'boolean', default: false },
    db: { type: 'string' },
    /** Also print the verdicts as one JSON line, for `npm run bench` (bench/search-run.ts). */
    verdicts: { type: 'boolean', default: false },
  },
});
const contacts = Number(args.contacts);
const releases = Number(args.releases);
const perClass = Number(args.queries);

const dir = args.db ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'pressline-bench-'));
const file = args.db ?? path.join(dir!, 'search.db');
/** The latency targets for one search. */
const TARGET = { p95: 10, p99: 50 };
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

try {
  let started = performance.now();
  const builder = openDatabase(file);
  let directory;
  if (args.db) {
    directory = buildSyntheticDirectory(builder, { contacts, releases, write: false });
    console.log(`Reusing ${file}`);
  } else {
    // While building only: a bulk load is redone from scratch if it fails, so it needs no journal.
    builder.$client.pragma('journal_mode = OFF');
    builder.$client.pragma('synchronous = OFF');
    builder.$client.pragma('cache_size = -262144');
    let loaded = 0;
    directory = withSearchIndexRebuiltAfter(builder, () => {
      const built = buildSyntheticDirectory(builder, { contacts, releases });
      loaded = performance.now();
      return built;
    });
    const seconds = (from: number, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
    console.log(
      `Built ${contacts.toLocaleString('en')} contacts and ${releases.toLocaleString('en')} releases in ${seconds(started)}` +
        ` (rows ${seconds(started, loaded)}, search index ${seconds(loaded)}); database ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`,
    );
  }
  builder.$client.close();

  // Measured on a fresh connection set up exactly as the app's (db/index.ts).
  const db = openDatabase(file);
  started = performance.now();
  namesIndex(db.$client);
  const namesMs = performance.now() - started;
  const classes = buildQueries(directory, perClass);
  for (const { queries } of classes) for (const q of queries.slice(0, 20)) search(db, q); // warm the page cache

  console.log(`\n${perClass} queries per class; each runs the whole search (people and releases, cards, excerpts).`);
  console.log('Wall-clock time, and CPU time of this process (the same when the machine is otherwise idle).\n');
  const verdicts: [string, boolean][] = [];
  console.log(
    '| query class | example | p50 | p95 | p99 | max | p95 CPU | p99 CPU | found (median) | ranked by bm25 |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const { name, queries } of classes) {
    const wall: number[] = [];
    const cpu: number[] = [];
    const found: number[] = [];
    let ranked = 0;
    for (const q of queries) {
      const cpuStart = process.cpuUsage();
      started = performance.now();
      const outcome = search(db, q);
      wall.push(performance.now() - started);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      if (outcome.status !== 'ok') throw new Error(`The bench query "${q}" was not searched: ${outcome.status}`);
      const group = name.includes('name') ? outcome.people : outcome.releases;
      found.push(group.total);
      if (group.order !== 'newest') ranked++;
    }
    const at = (xs: number[], p: number) =>
      [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
    const what = name.includes('name') ? 'people' : 'releases';
    const median = at(found, 50);
    for (const [clock, xs] of [
      ['wall', wall],
      ['CPU', cpu],
    ] as const) {
      const [p95, p99] = [at(xs, 95), at(xs, 99)];
      verdicts.push([`${name}, ${clock}: p95 ${ms(p95)}, p99 ${ms(p99)}`, p95 <= TARGET.p95 && p99 <= TARGET.p99]);
    }
    console.log(
      `| ${name} | \`${queries[0]}\` | ${ms(at(wall, 50))} | ${ms(at(wall, 95))} | ${ms(at(wall, 99))} | ${ms(at(wall, 100))} | ${ms(at(cpu, 95))} | ${ms(at(cpu, 99))} | ${median > 1000 ? '1000+' : median} ${what} | ${Math.round((ranked / queries.length) * 100)} % |`,
    );
  }
  db.$client.close();
  console.log(`\nThe names search forgives spelling against: listed in ${ms(namesMs)}, again after a name changes.`);
  const targets = `p95 ≤ ${ms(TARGET.p95)}, p99 ≤ ${ms(TARGET.p99)}`;
  console.log(`\nTargets (${targets}), on wall-clock time and on this process's CPU time:`);
  for (const [text, met] of verdicts) console.log(`  ${met ? 'meets ' : 'MISSES'} ${text}`);
  if (args.verdicts)
    console.log(
      VERDICTS_PREFIX + JSON.stringify(verdicts.map(([text, met]) => ({ text: `search ${text} (${targets})`, met }))),
    );
  console.log(
    `\nNode ${process.version}, SQLite ${sqliteVersion(file)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
} finally {
  if (args.keep) console.log(`Kept ${file}`);
  else if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

function sqliteVersion(dbFile: string): string {
  const db = openDatabase(dbFile);
  const { v } = db.$client.prepare('select sqlite_version() as v').get() as { v: string };
  db.$client.close();
  return v;
}
