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
import { optimizeSearchIndex } from '@/db/search-index';
import { buildQueries } from './search-queries';
import { buildSyntheticDirectory } from './synthetic-directory';

const { values: args } = parseArgs({
  options: {
    contacts: { type: 'string', default: '100000' },
    releases: { type: 'string', default: '200000' },
    queries: { type: 'string', default: '400' },
    keep: { type: 'boolean', default: false },
    db: { type: 'string' },
  },
});
const contacts = Number(args.contacts);
const releases = Number(args.releases);
const perClass = Number(args.queries);

const dir = args.db ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'pressline-bench-'));
const file = args.db ?? path.join(dir!, 'search.db');
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
    directory = buildSyntheticDirectory(builder, { contacts, releases });
    const loaded = performance.now();
    optimizeSearchIndex(builder);
    console.log(
      `Built ${contacts.toLocaleString('en')} contacts and ${releases.toLocaleString('en')} releases in ${((loaded - started) / 1000).toFixed(1)} s` +
        `, then merged the search indexes in ${((performance.now() - loaded) / 1000).toFixed(1)} s; database ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`,
    );
  }
  builder.$client.close();

  // Measured on a fresh connection set up exactly as the app's (db/index.ts).
  const db = openDatabase(file);
  const classes = buildQueries(directory, perClass);
  for (const { queries } of classes) for (const q of queries.slice(0, 20)) search(db, q); // warm the page cache

  console.log(`\n${perClass} queries per class; each runs the whole search (people and releases, cards, snippets).\n`);
  console.log('| query class | example | p50 | p95 | p99 | max | releases found (median) | ranked by relevance |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const { name, queries } of classes) {
    const times: number[] = [];
    const found: number[] = [];
    let ranked = 0;
    for (const q of queries) {
      started = performance.now();
      const outcome = search(db, q);
      times.push(performance.now() - started);
      if (outcome.status !== 'ok') throw new Error(`The bench query "${q}" was not searched: ${outcome.status}`);
      found.push(name === 'name prefix' ? outcome.people.total : outcome.releases.total);
      if ((name === 'name prefix' ? outcome.people : outcome.releases).order === 'relevance') ranked++;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
    const median = [...found].sort((a, b) => a - b)[found.length >> 1]!;
    const what = name === 'name prefix' ? 'people' : 'releases';
    console.log(
      `| ${name} | \`${queries[0]}\` | ${ms(at(50))} | ${ms(at(95))} | ${ms(at(99))} | ${ms(sorted.at(-1)!)} | ${median} ${what} | ${Math.round((ranked / queries.length) * 100)} % |`,
    );
  }
  db.$client.close();
  console.log(`\nNode ${process.version}, SQLite ${sqliteVersion(file)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg()[0]!.toFixed(1)}`);
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
