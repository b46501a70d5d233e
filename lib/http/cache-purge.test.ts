import http from 'node:http';
import net from 'node:net';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeAtOnce, purgeCaches } from './cache-purge';

type Seen = { method: string; url: string; encoding: string };
let cache: http.Server;
let blackHole: net.Server;
let cacheBase = '';
let blackHoleBase = '';
const seen: Seen[] = [];
const failFirst = new Set<string>();

beforeAll(async () => {
  // A cache that purges: 200 when it kept the page, 404 when not, and a 502 the first time for some paths.
  cache = http.createServer((req, res) => {
    const entry = { method: req.method!, url: req.url!, encoding: String(req.headers['accept-encoding']) };
    seen.push(entry);
    const key = `${entry.url} ${entry.encoding}`;
    if (req.url!.includes('flaky') && !failFirst.has(key)) {
      failFirst.add(key);
      return void res.writeHead(502).end();
    }
    res.writeHead(req.url!.includes('never-kept') ? 404 : 200).end('purged');
  });
  cache.listen(0, '127.0.0.1');
  await once(cache, 'listening');
  cacheBase = `http://127.0.0.1:${(cache.address() as net.AddressInfo).port}/purge`;
  // Accepts the connection and never answers.
  blackHole = net.createServer(() => {});
  blackHole.listen(0, '127.0.0.1');
  await once(blackHole, 'listening');
  blackHoleBase = `http://127.0.0.1:${(blackHole.address() as net.AddressInfo).port}/purge`;
});

afterAll(() => {
  cache.close();
  cache.closeAllConnections();
  blackHole.close();
});

const quick = { attempts: 3, firstRetryMs: 10, timeoutMs: 200 };

describe('purgeCaches', () => {
  it('purges each path once per encoding in each pass, after the write has gone', async () => {
    seen.length = 0;
    const warnings: unknown[] = [];
    const done = purgeCaches(['/cities/moscow', '/never-kept'], {
      bases: [cacheBase],
      passesAfterMs: [20, 60],
      warn: (...args) => warnings.push(args),
      ...quick,
    });
    expect(seen).toEqual([]); // nothing before the caller has moved on
    await done;
    const sent = seen.map((s) => `${s.method} ${s.url} ${s.encoding}`).sort();
    const once = ['br', 'gzip', 'identity'].flatMap((e) => [
      `PURGE /purge/cities/moscow ${e}`,
      `PURGE /purge/never-kept ${e}`,
    ]);
    expect(sent).toEqual([...once, ...once].sort());
    expect(warnings).toEqual([]); // a 404 is "not kept", not a failure
  });

  it('asks again when a cache fails, and says nothing once it has answered', async () => {
    seen.length = 0;
    const warnings: unknown[] = [];
    await purgeCaches(['/flaky/page'], {
      bases: [cacheBase],
      passesAfterMs: [0],
      warn: (...a) => warnings.push(a),
      ...quick,
    });
    expect(seen.filter((s) => s.encoding === 'br')).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('gives up on a cache that never answers or refuses, with one warning, without holding up the others', async () => {
    seen.length = 0;
    const warnings: [string, Record<string, unknown>][] = [];
    const refused = 'http://127.0.0.1:9/purge';
    const started = performance.now();
    const done = purgeCaches(['/cities/moscow'], {
      bases: [blackHoleBase, refused, cacheBase],
      passesAfterMs: [0],
      warn: (message, details) => warnings.push([message, details]),
      ...quick,
    });
    const returnedAfter = performance.now() - started;
    // The live cache was purged long before the dead ones were given up.
    await expect.poll(() => seen.length, { timeout: 150, interval: 5 }).toBe(3);
    await done;
    expect(returnedAfter).toBeLessThan(5);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]![0]).toMatch(/could not purge/);
    expect(warnings[0]![1]).toMatchObject({ purges: 6, attempts: 3 });
  });
});

describe('purgeAtOnce', () => {
  it('has asked every cache once for every path and encoding by the time it resolves', async () => {
    seen.length = 0;
    await purgeAtOnce(['/cities/moscow', '/ru/cities/moscow'], { bases: [cacheBase] });
    expect(seen.map((s) => `${s.url} ${s.encoding}`).sort()).toEqual(
      ['br', 'gzip', 'identity'].flatMap((e) => [`/purge/cities/moscow ${e}`, `/purge/ru/cities/moscow ${e}`]).sort(),
    );
  });

  it('holds a write up by its limit at most, and asks a failing cache only once (the passes after ask again)', async () => {
    seen.length = 0;
    const started = performance.now();
    await purgeAtOnce(['/flaky/at-once'], { bases: [blackHoleBase, cacheBase], withinMs: 120 });
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(100);
    expect(took).toBeLessThan(1_000);
    // One try per encoding at the live cache, 502 or not.
    expect(seen.filter((s) => s.url === '/purge/flaky/at-once')).toHaveLength(3);
  });
});
