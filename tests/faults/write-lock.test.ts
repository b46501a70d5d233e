import { afterEach, expect, it } from 'vitest';
import { BUSY_MESSAGE } from '@/lib/http/unavailable';
import { hiddenFields, journalistFields, postForm, REQUEST_PATH } from './form-post';
import { halfWrittenRequests, requestCountsByEmail } from './invariants';
import { holdWriteLock } from './lock-holder';
import { CACHE_IN_FRONT, freshDbFile, startServer, type RunningServer } from './server';

const PAGE = '/cities/nairobi';
let server: RunningServer | null = null;
afterEach(() => server?.stop());

async function burstDuringLock(port: number, name: string, env: Record<string, string>) {
  const dbFile = freshDbFile(name);
  server = await startServer({ port, dbFile, env });
  const base = server.base;
  const hidden = hiddenFields(await (await fetch(`${base}${PAGE}`)).text()).filter(([k]) => k !== 'website');
  const { released } = await holdWriteLock(dbFile, 3_000);
  const emails = Array.from({ length: 20 }, (_, i) => `${name}-${i}@newsroom.example.org`);
  const results = await Promise.all(
    emails.map((email, i) =>
      postForm(base, REQUEST_PATH, [...hidden, ...journalistFields(email, { topic: `Lock topic ${i}` })]),
    ),
  );
  expect(await released).toBe(0);
  const counts = requestCountsByEmail(dbFile);
  results.forEach((r, i) => {
    const email = emails[i]!;
    if (r.status === 'network-error') throw new Error(`${email}: ${r.error}`);
    expect([303, 503], `${email} answered ${r.status}`).toContain(r.status);
    if (r.status === 303) expect(counts.get(email), email).toBe(1);
    else {
      expect(counts.get(email), `${email} was refused, so it must not be stored`).toBeUndefined();
      expect(r.body).toContain(BUSY_MESSAGE.replace(/'/g, '&#x27;'));
      expect(r.body, 'the form keeps the text').toContain(`value="Lock topic ${i}"`);
    }
  });
  expect(halfWrittenRequests(dbFile)).toEqual([]);
  // Once the lock is gone the same form goes through.
  const again = await postForm(base, REQUEST_PATH, [
    ...hidden,
    ...journalistFields(`${name}-after@newsroom.example.org`),
  ]);
  expect(again.status).toBe(303);
  return results.map((r) => r.status);
}

it('another process holds the write lock for 3 s: requests wait (asynchronously, up to 5 s) and all succeed', async () => {
  const statuses = await burstDuringLock(3615, 'lock-wait', {});
  expect(statuses.every((s) => s === 303)).toBe(true);
  // They really waited for the lock rather than arriving after it.
  const waited = server!
    .output()
    .split('\n')
    .filter((l) => l.includes('"POST"'))
    .map((l) => (JSON.parse(l) as { ms: number }).ms);
  expect(Math.max(...waited)).toBeGreaterThan(1_500);
});

it('with a wait limit shorter than the lock, requests get a clear 503 page that keeps their text, never a 500', async () => {
  const statuses = await burstDuringLock(3616, 'lock-503', { SQLITE_BUSY_TIMEOUT_MS: '300' });
  expect(statuses).toContain(503);
});

type Sample = { path: string; ms: number; status: number; at: number };

/** GETs one of `paths` every `everyMs` without waiting for the previous one, so a stall shows in many samples. */
function readEvery(base: string, paths: string[], everyMs: number) {
  const samples: Promise<Sample>[] = [];
  let i = 0;
  const timer = setInterval(() => {
    const path = paths[i++ % paths.length]!.replace('{n}', String(i));
    const started = performance.now();
    samples.push(
      fetch(`${base}${path}`).then(async (res) => {
        await res.arrayBuffer();
        return {
          path,
          ms: performance.now() - started,
          status: res.status,
          at: Date.now() - (performance.now() - started),
        };
      }),
    );
  }, everyMs);
  return { stop: async () => (clearInterval(timer), Promise.all(samples)) };
}

function healthEvery(base: string, everyMs: number) {
  const seen: string[] = [];
  const timer = setInterval(() => {
    void fetch(`${base}/api/health`).then(async (res) => {
      const body = (await res.json()) as { status: string };
      if (seen.at(-1) !== body.status) seen.push(body.status);
    });
  }, everyMs);
  return { stop: () => (clearInterval(timer), seen) };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1]!;

it('a 10 s lock held by another process delays only the writes: pages flow, health says degraded, each post is stored or a 503 with Retry-After', async () => {
  const name = 'lock-10s';
  const dbFile = freshDbFile(name);
  // The fill-time check stays on, as in production: posts say they took 4 s like a person would.
  // The rate limit stays off: its hit is a transaction and a disk flush of its own per post, and the 10
  // posts let through at once when the lock goes would measure those flushes rather than the lock.
  server = await startServer({ port: 3632, dbFile, env: { REQUEST_MIN_FILL_MS: '2000' } });
  const base = server.base;
  const cached = '/about';
  const uncached = '/search?q=nairobi-{n}';
  for (const path of [PAGE, cached, PAGE, cached]) await (await fetch(`${base}${path}`)).arrayBuffer();
  // Next's page cache serves /about; with the cache in front (npm run test:faults:cache-in-front), nginx does.
  const kept = CACHE_IN_FRONT ? 'x-cache' : 'x-nextjs-cache';
  expect((await fetch(`${base}${cached}`)).headers.get(kept), `${kept} of /about`).toBe('HIT');
  const hidden = hiddenFields(await (await fetch(`${base}${PAGE}`)).text()).filter(([k]) => k !== 'website');
  const fields = (email: string, i: number) => [
    ...hidden,
    ...journalistFields(email, { topic: `Lock topic ${i}`, fillMs: '4000' }),
  ];

  // The same reads for 3 s without the lock: on a machine shared with other work, its noise is the floor.
  const quiet = readEvery(base, [cached, uncached], 50);
  await new Promise((r) => setTimeout(r, 3_000));
  const baseline = percentile(
    (await quiet.stop()).map((s) => s.ms),
    99,
  );

  const { released } = await holdWriteLock(dbFile, 10_000);
  const lockedAt = Date.now();
  const reads = readEvery(base, [cached, uncached], 50);
  const health = healthEvery(base, 250);
  const post = (i: number) => {
    const email = `${name}-${i}@newsroom.example.org`;
    // Every third one as the form does with JavaScript (JSON), the others as a plain HTML form.
    const json = i % 3 === 0;
    const started = Date.now();
    return postForm(base, REQUEST_PATH, fields(email, i), json ? { accept: 'application/json' } : {}).then((r) => ({
      r,
      email,
      i,
      json,
      waitedMs: Date.now() - started,
    }));
  };
  // Ten at once early in the lock (they cannot get it within 5 s), ten more 7 s in (the lock goes at 10 s).
  const early = Promise.all(Array.from({ length: 10 }, (_, i) => post(i)));
  await new Promise((r) => setTimeout(r, 7_000 - (Date.now() - lockedAt)));
  const late = Promise.all(Array.from({ length: 10 }, (_, i) => post(10 + i)));
  expect(await released).toBe(0);
  const posts = [...(await early), ...(await late)];
  await new Promise((r) => setTimeout(r, 1_000));
  const samples = await reads.stop();
  const healthSeen = health.stop();

  expect(samples.length).toBeGreaterThan(150);
  expect(
    samples.filter((s) => s.status !== 200),
    'every read answered',
  ).toEqual([]);
  const p99 = percentile(
    samples.map((s) => s.ms),
    99,
  );
  for (const path of [cached, '/search']) {
    const ms = samples.filter((s) => s.path.startsWith(path)).map((s) => s.ms);
    console.log(
      `${path}: ${ms.length} reads, p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms`,
    );
  }
  console.log(
    `reads during the lock: ${samples.length}, p50 ${percentile(
      samples.map((s) => s.ms),
      50,
    ).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...samples.map((s) => s.ms)).toFixed(1)} ms`,
  );
  if (process.env.DEBUG_LOCK)
    console.log(
      samples
        .filter((x) => x.ms > 200)
        .map((x) => `${x.path} at ${x.at - lockedAt} ms took ${x.ms.toFixed(0)}`)
        .join('\n'),
    );
  console.log(`the same reads without the lock: p99 ${baseline.toFixed(1)} ms`);
  // 100 ms on a quiet machine (the bound, met while the baseline's p99 is under 34 ms). On a 2-core
  // machine shared with other builds the noise alone reaches hundreds of ms, so the bound scales with the
  // baseline measured a moment before; the freeze this guards against made the p99 the lock's length (10 s).
  expect(p99, 'p99 of page reads while the lock is held').toBeLessThanOrEqual(Math.max(100, 3 * baseline));
  expect(healthSeen.slice(0, 1)).toEqual(['degraded']);
  expect(healthSeen.at(-1)).toBe('ok');

  const counts = requestCountsByEmail(dbFile);
  for (const { r, email, i, json, waitedMs } of posts) {
    if (r.status === 'network-error') throw new Error(`${email}: ${r.error}`);
    const stored = counts.get(email);
    if (i >= 10) {
      // Posted 3 s before the lock went: within the 5 s limit, so they waited and were stored.
      expect(r.status, `${email} (posted 3 s before the lock went)`).toBe(json ? 200 : 303);
    }
    if (r.status === 200 || r.status === 303) {
      expect(stored, email).toBe(1);
      const location = json ? (JSON.parse(r.body) as { location: string }).location : r.location!;
      const page = await (await fetch(`${base}${location}`)).text();
      expect(page, `${email}: its status page shows it`).toContain(`Lock topic ${i}`);
    } else {
      expect(r.status, `${email} answered ${r.status}: ${r.body.slice(0, 200)}`).toBe(503);
      expect(r.retryAfter, `${email}: 503 says when to try again`).toMatch(/^\d+$/);
      expect(stored, `${email} was refused, so it must not be stored`).toBeUndefined();
      expect(waitedMs, `${email} waited for its limit first`).toBeGreaterThanOrEqual(4_500);
      if (json) expect(JSON.parse(r.body)).toMatchObject({ status: 'refused', message: BUSY_MESSAGE });
      else expect(r.body).toContain(BUSY_MESSAGE.replace(/'/g, '&#x27;'));
    }
  }
  const answers503 = posts.filter((p) => p.r.status === 503);
  expect(answers503.length, 'the early posts could not get the lock within 5 s').toBeGreaterThanOrEqual(10);
  expect(halfWrittenRequests(dbFile)).toEqual([]);
});
