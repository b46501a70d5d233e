/**
 * `npm run bench`: the production server on a fresh demo database, measured against the
 * machine's limit (a bare Node server sending the same bytes), Next's own prerendered page
 * and a per-request render. Prints one line per target; exits 1 if any target had errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfNeeded, startAppServer } from './app-server';
import { snapshotOf, startBareServer } from './bare-server';
import { launchChromium } from './browser';
import { clientWeight } from './client-weight';
import { checkFreshness } from './freshness';
import { measureSubmission } from './interview-submission';
import { CONNECTIONS, formatLine, measure, SECONDS } from './load';
import { runSearchBench } from './search-run';
import { printVerdicts, type PagePair } from './verdicts';
import { measureNginxPair } from './nginx-pair';
import { measureLanguagePair } from './language-pair';

const APP_PORT = Number(process.env.BENCH_PORT ?? 3512);
const BARE_PORT = APP_PORT + 1;
// APP_PORT + 2 is bench:lighthouse's server.
const NEXT_ONLY_PORT = APP_PORT + 3;
const NGINX_PORT = APP_PORT + 4;
const NGINX_FILE_PORT = APP_PORT + 5;
const NGINX_PURGE_PORT = APP_PORT + 6;

export const CACHED_PAGES = [
  '/',
  '/cities/moscow',
  '/contacts/ayuna-batoeva',
  '/releases/ifrc-president-rocca-meets-president-putin',
];
/**
 * Prerendered by `next build` and served from its files: Next's best case. `/about` is the one public
 * page with nothing from the database (31 KB, between the home page's size and the city page's);
 * Next's 404 page (10 KB) is measured too, to show what the bytes alone cost.
 */
const PRERENDERED = '/about';
const PRERENDERED_404 = '/_not-found';
/** No `force-static`: rendered on every request, with its SQLite queries. */
const PER_REQUEST = '/search?q=moscow';
/** A page with no client components of ours: what Next itself ships. */
const NO_CLIENT_COMPONENTS = '/no-such-page';

const mib = (n: number) => `${n.toFixed(0)} MiB`;

/** Throws unless Next itself (not the server's page cache) answered from its cache: `prerendered` by `next build`. */
async function expectNextCacheHit(url: string, { prerendered }: { prerendered: boolean }) {
  const response = await fetch(url);
  await response.arrayBuffer();
  const hit = response.headers.get('x-nextjs-cache') === 'HIT' && !response.headers.get('x-pressline-cache');
  const built = response.headers.get('x-nextjs-prerender') === '1';
  if (response.status !== 200 || !hit || (prerendered && !built))
    throw new Error(
      `${url} is not ${prerendered ? "Next's prerendered page" : "a hit of Next's cache"} (status ${response.status}, ` +
        `x-nextjs-cache ${response.headers.get('x-nextjs-cache')}, x-nextjs-prerender ${response.headers.get('x-nextjs-prerender')})`,
    );
}

buildIfNeeded();
console.log(
  `Pressline benchmark: ${os.cpus().length} cores, Node ${process.version}, ${CONNECTIONS} connections, ${SECONDS} s per target after a warm-up`,
);
console.log(
  `Load average before: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);

// Purging nginx (the pair below) as deployed: without it the app gives nginx no X-Accel-Expires.
const app = await startAppServer(APP_PORT, { CACHE_PURGE_URLS: `http://127.0.0.1:${NGINX_PURGE_PORT}/purge` });
// The prerendered baseline on Next's own path: the same server without its page cache, or /about would be
// answered by the page cache like the pages it is compared with.
const nextOnly = await startAppServer(NEXT_ONLY_PORT, { PRESSLINE_PAGE_CACHE: '0' });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pressline-bench-bare-'));
let failed = false;
try {
  const rssBefore = app.rss();
  for (const page of [...CACHED_PAGES, '/cities/moscow']) await fetch(app.url + page); // fill the cache
  const bare = await startBareServer(await snapshotOf(app.url + '/cities/moscow'), BARE_PORT, scratch);
  const limit = await measure({ name: '(1) bare node:http, city page bytes', url: bare.url });
  await bare.stop();
  console.log(formatLine(limit, limit));

  const sizes = new Map<string, number>();
  for (const page of [PRERENDERED, PRERENDERED_404, ...CACHED_PAGES])
    sizes.set(page, (await (await fetch(app.url + page)).arrayBuffer()).byteLength);
  const size = (page: string) => `${((sizes.get(page) ?? 0) / 1024).toFixed(0)} KB`;
  const prerendered404 = await measure({
    name: `prerendered ${PRERENDERED_404} (404, ${size(PRERENDERED_404)})`,
    url: app.url + PRERENDERED_404,
    cpuSeconds: app.cpuSeconds,
    expect: (s) => s === 404,
  });
  console.log(formatLine(prerendered404, limit));
  const perRequest = await measure({
    name: `per-request render ${PER_REQUEST}`,
    url: app.url + PER_REQUEST,
    cpuSeconds: app.cpuSeconds,
  });
  console.log(formatLine(perRequest, limit));

  // Each cached page straight after its own measurement of the prerendered page: the two share the
  // machine's state of the moment (run-to-run drift here is ±20 %), and the ratio is of the pair.
  // Since the page cache both run near the bare server's rate, where autocannon's own core is about as
  // busy as the server's: the server's CPU time per request is then the steadier measure of what a page costs.
  const pages: PagePair[] = [];
  // The baseline is Next's prerendered page as `next build` wrote it, answered by Next itself; the cached pages
  // are the embedded default's answers, as `npm start` gives them. Anything else and the pair would mean nothing.
  for (let i = 0; i < 2; i++) await fetch(nextOnly.url + PRERENDERED);
  await expectNextCacheHit(nextOnly.url + PRERENDERED, { prerendered: true });
  const pair = async (page: string, label: string, headers?: Record<string, string>) => {
    const prerendered = await measure({
      name: `Next's prerendered ${PRERENDERED} (${label || size(PRERENDERED)}), just before:`,
      url: nextOnly.url + PRERENDERED,
      headers,
      cpuSeconds: nextOnly.cpuSeconds,
      expect: (s) => s === 200,
    });
    console.log(formatLine(prerendered, limit));
    const m = await measure({
      name: `(2) ${page} (${label || size(page)})`,
      url: app.url + page,
      headers,
      cpuSeconds: app.cpuSeconds,
      expect: (s) => s === 200,
    });
    pages.push({ page: m, prerendered, bytes: sizes.get(page)!, prerenderedBytes: sizes.get(PRERENDERED)! });
    const cost =
      m.cpuMsPerRequest && prerendered.cpuMsPerRequest
        ? `, ${((100 * prerendered.cpuMsPerRequest) / m.cpuMsPerRequest).toFixed(0)}% by CPU per request`
        : '';
    console.log(
      formatLine(
        m,
        limit,
        `  ${((100 * m.rps) / prerendered.rps).toFixed(0)}% of prerendered${cost}, ${(m.rps / perRequest.rps).toFixed(1)}× per-request`,
      ),
    );
  };
  for (const page of CACHED_PAGES) await pair(page, '');
  // Browsers ask for compressed pages: the city page once more, as Chromium asks.
  await pair('/cities/moscow', 'as a browser asks: br', { 'accept-encoding': 'gzip, deflate, br, zstd' });

  // (6) One Russian page beside its English one (issue #19), on Next's own path.
  for (const page of ['/cities/moscow', '/ru/cities/moscow'])
    for (let i = 0; i < 2; i++) await fetch(nextOnly.url + page);
  const language = await measureLanguagePair(nextOnly.url, nextOnly.cpuSeconds, {
    english: '/cities/moscow',
    russian: '/ru/cities/moscow',
  });
  for (const m of [...language.english, ...language.russian]) console.log(formatLine(m, limit));
  console.log(
    `(6) /ru/cities/moscow (${(language.russianBytes / 1024).toFixed(0)} KB) against /cities/moscow (${(language.englishBytes / 1024).toFixed(0)} KB): ` +
      `${language.ratio.toFixed(2)}× the CPU per request; rounds of one page differ by ${(100 * language.noise).toFixed(0)}%`,
  );

  // (5) nginx (deploy/nginx/pressline.conf) in front of this server, against nginx sending the same bytes from a
  // file: interleaved rounds, equal answer sizes, nginx's CPU per request (bench/nginx-pair.ts).
  const nginxPair: PagePair = await measureNginxPair({
    appPort: APP_PORT,
    databaseFile: app.databaseFile,
    nginxPort: NGINX_PORT,
    filePort: NGINX_FILE_PORT,
    purgePort: NGINX_PURGE_PORT,
    scratch,
  });

  const submission = await measureSubmission(app.url, app.databaseFile, app.cpuSeconds);
  const lost = submission.accepted - submission.found;
  const late = submission.stored - submission.found;
  console.log(
    formatLine(
      submission,
      limit,
      `  accepted ${submission.accepted}, in the DB ${submission.found}, lost ${lost}` +
        (late ? `; ${late} more stored whose answer came after the client gave up` : ''),
    ),
  );

  const rssAfter = app.rss();
  console.log(
    `(4) server RSS: before ${mib(rssBefore.server)}, after ${mib(rssAfter.server)} (with child processes: ${mib(rssAfter.tree)})`,
  );

  const freshness = await checkFreshness(app.url, app.databaseFile);
  if (freshness.status === 'visible') {
    console.log(
      `freshness: edit visible ${freshness.delayMs.toFixed(0)} ms after Save (the save itself took ${freshness.saveMs.toFixed(0)} ms; ${freshness.detail})`,
    );
  } else console.log(`freshness: edit NOT visible after ${freshness.waitedMs.toFixed(0)} ms (${freshness.detail})`);

  const browser = await launchChromium();
  const city = await clientWeight(browser, app.url + '/cities/moscow');
  const baseline = await clientWeight(browser, app.url + NO_CLIENT_COMPONENTS);
  await browser.close();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const jsExtra = city.own.bytes - baseline.own.bytes;
  for (const w of [city, baseline]) {
    console.log(
      `client JS ${w.path.padEnd(16)} ${kb(w.own.bytes)} in ${w.own.scripts} scripts (${w.encodings.join(', ')}), plus ${kb(w.prefetched.bytes)} prefetched for linked pages`,
    );
  }
  console.log(`client JS difference /cities/moscow − Next's baseline ${NO_CLIENT_COMPONENTS}: ${kb(jsExtra)}`);

  // Last, as it takes both cores for a minute: its verdicts come from its own code, read from its output.
  const search = runSearchBench();

  failed = printVerdicts({
    limit,
    prerendered404,
    perRequest,
    pages,
    nginx: nginxPair,
    submission,
    lost,
    rssAfter: rssAfter.server,
    freshness,
    jsExtra,
    search,
    language,
  });
} catch (error) {
  console.error(error);
  const ended = app.ended();
  if (ended) console.error(`The server stopped during the run: ${ended}`);
  failed = true;
} finally {
  await Promise.all([app.stop(), nextOnly.stop()]);
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
