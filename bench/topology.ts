/**
 * `npm run bench:topology`: what decisions 0055 (purge or micro-cache) and 0077 (one SQLite file's write
 * ceiling) rest on, measured on one app server and a fresh demo database:
 *
 * - nginx as deployed (pages kept up to 10 minutes, purged by the app through `libnginx-mod-http-cache-purge`)
 *   against the same nginx as a one-second micro-cache: the city page's throughput, and how long after an
 *   officer's Save the new number is on it in each encoding nginx keeps (identity, gzip, br);
 * - writes: interview requests per second through the real form route, officer edits per second through
 *   the real /me form, and SQLite commits per second with this app's settings on this disk.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAppServer } from './app-server';
import { newNumber, signInOfficer } from './freshness';
import { measureSubmission } from './interview-submission';
import { formatLine, measure } from './load';
import { startNginx } from '../tests/deploy/nginx';

const APP_PORT = Number(process.env.BENCH_PORT ?? 3276);
const EDITS = 5;
/** The app purges here after each public write (CACHE_PURGE_URLS); only the shipped variant listens on it. */
const PURGE_PORT = APP_PORT + 3; // the two nginx take APP_PORT + 1 and + 2

/**
 * How an edit reaches nginx's copy. As shipped: Next's pages kept up to 10 minutes (the app's X-Accel-Expires)
 * and purged by the app 0.5 s and 3 s after the write (lib/http/cache-purge.ts). Against it, the micro-cache this
 * replaced: the same nginx obeying only the app's `s-maxage=1` (and the app's purges going nowhere).
 */
const VARIANTS = {
  'purge (as shipped)': { conf: (c: string) => c, purgePort: PURGE_PORT },
  'micro-cache (s-maxage=1 alone)': {
    conf: (c: string) => c.replace('proxy_ignore_headers Vary;', 'proxy_ignore_headers Vary X-Accel-Expires;'),
    purgePort: PURGE_PORT + 1,
  },
} as const;

const ENCODINGS: Record<string, string>[] = ['identity', 'gzip', 'br'].map((e) => ({ 'accept-encoding': e }));

async function shows(url: string, wanted: string, headers: Record<string, string>) {
  return (await (await fetch(url, { headers })).text()).includes(wanted);
}

const app = await startAppServer(APP_PORT, { CACHE_PURGE_URLS: `http://127.0.0.1:${PURGE_PORT}/purge` });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pressline-bench-topology-'));
let failed = false;
try {
  const officer = await signInOfficer(app.url, app.databaseFile);
  const city = `/cities/${officer.city}`;
  for (const [index, [name, variant]] of Object.entries(VARIANTS).entries()) {
    const nginx = await startNginx({
      port: APP_PORT + 1 + index,
      purgePort: variant.purgePort,
      appPorts: [APP_PORT],
      dataDir: path.dirname(app.databaseFile),
      dir: path.join(scratch, `nginx-${index}`),
      variant: variant.conf,
    });
    try {
      const load = await measure({ name: `nginx ${name}, ${city}`, url: nginx.base + city, expect: (s) => s === 200 });
      console.log(formatLine(load, null));
      const delays: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        const e164 = newNumber();
        for (const headers of ENCODINGS) await fetch(nginx.base + city, { headers }); // every variant cached
        const savedAt = performance.now();
        await officer.edit(e164);
        const wanted = `tel:${e164}`;
        const pending = new Set(ENCODINGS.map((_, k) => k));
        while (pending.size > 0) {
          for (const k of [...pending]) if (await shows(nginx.base + city, wanted, ENCODINGS[k]!)) pending.delete(k);
          if (performance.now() - savedAt > 15_000) break;
        }
        if (pending.size > 0) {
          const stale = [...pending].map((k) => ENCODINGS[k]!['accept-encoding']).join(', ');
          console.log(`  edit ${i + 1}: still not visible for ${stale}`);
          failed = true;
        } else delays.push(performance.now() - savedAt);
      }
      const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
      if (delays.length > 0) console.log(`  edit visible in every variant after: ${list(delays)} ms`);
    } catch (error) {
      console.error(`nginx's log:\n${nginx.errors().slice(-3000)}`);
      throw error;
    } finally {
      await nginx.stop();
    }
  }

  const submission = await measureSubmission(app.url, app.databaseFile, app.cpuSeconds);
  console.log(formatLine(submission, null, `  accepted ${submission.accepted}, in the DB ${submission.found}`));

  // Officer edits through /me: 10 at a time (one session), for 10 s.
  const editors = 10;
  const until = performance.now() + 10_000;
  const cpuBefore = app.cpuSeconds();
  let edits = 0;
  await Promise.all(
    Array.from({ length: editors }, async () => {
      while (performance.now() < until) {
        await officer.edit(newNumber());
        edits++;
      }
    }),
  );
  const cpuMs = (1000 * (app.cpuSeconds() - cpuBefore)) / edits;
  console.log(
    `officer edits through /me (${editors} at a time): ${(edits / 10).toFixed(0)}/s, cpu ${cpuMs.toFixed(1)} ms/edit`,
  );

  // The file's own ceiling: one row per transaction, with db/index.ts's settings (WAL, synchronous=FULL).
  const file = path.join(scratch, 'commits.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('create table t (id integer primary key, body text not null)');
  const insert = db.prepare('insert into t (body) values (?)');
  const body = 'x'.repeat(1500); // about an interview request's row with its addressee and history
  for (const perCommit of [1, 100]) {
    const many = db.transaction((n: number) => {
      for (let k = 0; k < n; k++) insert.run(body);
    });
    const started = performance.now();
    let commits = 0;
    while (performance.now() - started < 5_000) {
      many(perCommit);
      commits++;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `SQLite, ${perCommit} row(s) per commit: ${(commits / seconds).toFixed(0)} commits/s, ${((commits * perCommit) / seconds).toFixed(0)} rows/s`,
    );
  }
  db.close();
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await app.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
