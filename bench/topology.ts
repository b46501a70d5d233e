/**
 * `npm run bench:topology`: what decisions 0055 (purge or micro-cache) and 0077 (one SQLite file's write
 * ceiling) rest on, measured on one app server and a fresh demo database:
 *
 * - nginx as deployed (a one-second micro-cache) against the same nginx with pages kept for 10 minutes and
 *   purged by `libnginx-mod-http-cache-purge`: the city page's throughput, and how long after an officer's
 *   Save the new number is on it, plain and brotli-compressed (each a variant of its own in nginx's cache);
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
const PURGE_MODULE = 'ngx_http_cache_purge_module.so';

/** Pages kept for 10 minutes whatever the app's s-maxage says. */
const keptLong = (conf: string, extra: string) =>
  conf.replace(
    '        proxy_cache pressline;\n',
    `        proxy_cache pressline;
        proxy_ignore_headers Cache-Control Expires;
        proxy_cache_valid 200 10m;
${extra}`,
  );

/**
 * How an edit reaches nginx's copy, by variant. The module's "same location" form (`proxy_cache_purge PURGE
 * from 127.0.0.1;`) crashes Debian's 2.3 on nginx ≥ 1.11.6 (worker exits on signal 11, FRiCKLE/ngx_cache_purge#68),
 * so its own location is used; `refresh` needs no module: a request with a header only loopback may send bypasses
 * the cache and stores the fresh answer in its place.
 */
const VARIANTS = {
  'micro-cache (as deployed)': { conf: (c: string) => c, tell: null },
  'purge module (10 min, GET /_purge/<url> on edit)': {
    modules: [PURGE_MODULE],
    conf: (c: string) =>
      keptLong(c, '').replace(
        '    location = /offline-desks.html {',
        `    location ~ ^/_purge(/.*)$ {
        allow 127.0.0.1;
        deny all;
        proxy_cache_purge pressline $scheme$host$1$is_args$args;
    }

    location = /offline-desks.html {`,
      ),
    tell: (base: string, page: string, headers: Record<string, string>) => fetch(`${base}/_purge${page}`, { headers }),
  },
  'refresh (10 min, a bypassing GET on edit)': {
    // nginx replaces only the variant the bypassing request asked for: the others stay stale (decision 0055).
    expectStale: true,
    conf: (c: string) =>
      keptLong(c, '        proxy_cache_bypass $pressline_refresh;\n').replace(
        'map $upstream_cache_status',
        `# Only loopback may refresh a page: anyone else's header is ignored.
geo $pressline_from_loopback { default 0; 127.0.0.1 1; }
map "$pressline_from_loopback$http_x_pressline_refresh" $pressline_refresh { default 0; 11 1; }

map $upstream_cache_status`,
      ),
    tell: (base: string, page: string, headers: Record<string, string>) =>
      fetch(base + page, { headers: { ...headers, 'x-pressline-refresh': '1' } }),
  },
} as const;

const ENCODINGS: Record<string, string>[] = ['identity', 'gzip', 'br'].map((e) => ({ 'accept-encoding': e }));

async function shows(url: string, wanted: string, headers: Record<string, string>) {
  return (await (await fetch(url, { headers })).text()).includes(wanted);
}

const app = await startAppServer(APP_PORT);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pressline-bench-topology-'));
let failed = false;
try {
  const officer = await signInOfficer(app.url, app.databaseFile);
  const city = `/cities/${officer.city}`;
  for (const [index, [name, variant]] of Object.entries(VARIANTS).entries()) {
    const tell = variant.tell;
    if (process.env.ONLY_TOLD && !tell) continue;
    const nginx = await startNginx({
      port: APP_PORT + 1 + index,
      appPorts: [APP_PORT],
      dataDir: path.dirname(app.databaseFile),
      dir: path.join(scratch, `nginx-${index}`),
      modules: 'modules' in variant ? [...variant.modules] : [],
      variant: variant.conf,
    });
    try {
      const load = await measure({ name: `nginx ${name}, ${city}`, url: nginx.base + city, expect: (s) => s === 200 });
      console.log(formatLine(load, null));
      const delays: number[] = [];
      const purges: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        const e164 = newNumber();
        for (const headers of ENCODINGS) await fetch(nginx.base + city, { headers }); // every variant cached
        const savedAt = performance.now();
        await officer.edit(e164);
        if (tell) {
          // What the app would do after the write: tell the cache, once per variant it knows of.
          const toldAt = performance.now();
          for (const headers of ENCODINGS) await (await tell(nginx.base, city, headers)).arrayBuffer();
          purges.push(performance.now() - toldAt);
        }
        const wanted = `tel:${e164}`;
        const pending = new Set(ENCODINGS.map((_, k) => k));
        while (pending.size > 0) {
          for (const k of [...pending]) if (await shows(nginx.base + city, wanted, ENCODINGS[k]!)) pending.delete(k);
          if (performance.now() - savedAt > ('expectStale' in variant ? 5_000 : 15_000)) break;
        }
        if (pending.size > 0) {
          const stale = [...pending].map((k) => ENCODINGS[k]!['accept-encoding']).join(', ');
          console.log(`  edit ${i + 1}: still not visible for ${stale}`);
          if (!('expectStale' in variant)) failed = true;
        } else delays.push(performance.now() - savedAt);
      }
      const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
      if (delays.length > 0) console.log(`  edit visible in every variant after: ${list(delays)} ms`);
      if (tell) console.log(`  telling the cache (three requests) took: ${list(purges)} ms`);
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
