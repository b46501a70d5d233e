import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

const compress = compression();
const cache = new PageCache({ maxBytes: 64 * 1024 });
/** What "Next" rendered or served, by path: counts the requests that reached it. */
const reached = new Map<string, number>();
/** The same, by the URL as asked for, query string included. */
const reachedUrls = new Map<string, number>();
let version = 1;
let hold: Promise<void> | null = null;

let server: http.Server;
let base: string;

beforeAll(async () => {
  // As in lib/server/server.ts: serve from the cache, else record below compression and let "Next" answer.
  server = http.createServer((req, res) => {
    res.setHeader('x-request-id', String(Math.random()));
    if (cache.serve(req, res)) return;
    cache.record(req, res);
    compress(req as never, res as never, async () => {
      const path = req.url!.split('?')[0]!;
      reached.set(path, (reached.get(path) ?? 0) + 1);
      reachedUrls.set(req.url!, (reachedUrls.get(req.url!) ?? 0) + 1);
      if (path === '/slow' && hold) await hold;
      const body = `<!doctype html><p>${path} version ${version}</p>`.repeat(
        path === '/big' ? 3000 : path.startsWith('/page-') ? 100 : 40,
      );
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader(
        'cache-control',
        path === '/private' ? 'private, no-store' : 'public, max-age=0, s-maxage=1, must-revalidate',
      );
      res.setHeader('x-nextjs-cache', path === '/miss' ? 'MISS' : 'HIT');
      if (path === '/cookie') res.setHeader('set-cookie', 'a=b');
      res.statusCode = path === '/gone' ? 404 : 200;
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  cache.invalidate();
  reached.clear();
  reachedUrls.clear();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers: { 'accept-encoding': 'identity', ...headers } });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

describe('PageCache', () => {
  it('answers the second request for a cache hit itself, with the same bytes and headers, but its own request id', async () => {
    const first = await get('/cities/moscow');
    const second = await get('/cities/moscow');
    expect(reached.get('/cities/moscow')).toBe(1);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(second.headers.get('content-length')).toBe(String(first.body.length));
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(first.headers.get('x-pressline-cache')).toBeNull();
    expect(second.headers.get('x-pressline-cache')).toBe('HIT');
  });

  it('keeps compressed answers apart, by Accept-Encoding, as they were sent', async () => {
    await get('/c', { 'accept-encoding': 'gzip' });
    const gz = await fetch(base + '/c', { headers: { 'accept-encoding': 'gzip' } });
    expect(reached.get('/c')).toBe(1);
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toContain('/c version');
    const plain = await get('/c');
    expect(reached.get('/c')).toBe(2);
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('an invalidation is seen by the very next request', async () => {
    await get('/contacts/a');
    version++;
    cache.invalidate();
    expect((await get('/contacts/a')).body.toString()).toContain(`version ${version}`);
    expect(reached.get('/contacts/a')).toBe(2);
  });

  it('never keeps an answer that started before an invalidation', async () => {
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    const pending = get('/slow');
    await new Promise((r) => setTimeout(r, 50));
    cache.clear();
    release();
    await pending;
    hold = null;
    await get('/slow');
    expect(reached.get('/slow')).toBe(2);
  });

  it('keeps only what Next served as a public cache hit, whole and small enough', async () => {
    for (const path of ['/miss', '/cookie', '/private', '/gone', '/big']) {
      await get(path);
      await get(path);
      expect(reached.get(path), path).toBe(2);
    }
  });

  it('leaves router payloads, conditional requests and other methods to Next', async () => {
    await get('/r');
    const variants: Record<string, string>[] = [
      { rsc: '1' },
      { 'next-router-prefetch': '1' },
      { 'if-none-match': '"x"' },
    ];
    for (const headers of variants) await get('/r', headers);
    await get('/r?_rsc=abc');
    await fetch(base + '/r', { method: 'HEAD' });
    expect(reached.get('/r')).toBe(6);
  });

  it('holds at most maxBytes, dropping the least recently used page', async () => {
    for (let i = 0; i < 40; i++) await get(`/page-${i}`);
    expect(cache.size.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(cache.size.entries).toBeLessThan(40);
    await get('/page-39');
    expect(reached.get('/page-39')).toBe(1);
    await get('/page-0');
    expect(reached.get('/page-0')).toBe(2);
  });

  it('keys a page by the query parameters it uses, so made-up query strings cannot evict real pages', async () => {
    await get('/page-1');
    for (let i = 0; i < 200; i++) await get(`/?x=${i}`);
    expect(reached.get('/')).toBe(1);
    expect(cache.size.entries).toBe(2);
    await get('/page-1');
    expect(reached.get('/page-1')).toBe(1);
    // The release list's city and page are rewritten into its path (next.config.ts): those count, the rest not.
    for (const url of [
      '/releases?city=geneva',
      '/releases?city=geneva&utm_source=x',
      '/releases?utm_source=y&city=geneva',
    ])
      await get(url);
    await get('/releases?city=moscow');
    await get('/releases?page=2&city=moscow');
    await get('/releases?city=moscow&page=2');
    expect([...reachedUrls.keys()].filter((u) => u.startsWith('/releases'))).toEqual([
      '/releases?city=geneva',
      '/releases?city=moscow',
      '/releases?page=2&city=moscow',
    ]);
  });

  it('never answers a search itself, whatever its query', async () => {
    await get('/search?q=geneva');
    await get('/search?q=geneva');
    await get('/search?q=moscow');
    expect(reached.get('/search')).toBe(3);
  });
});
