import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import compression from 'compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCompressedCache } from './compressed-cache';
import { applyEtag } from './etag';
import { applyContentSecurityPolicy } from './html-csp';

const page = (n: number) =>
  `<!doctype html><html><body>${`<p>Ayuna Batoeva, +7 916 667 6977, page ${n}</p>`.repeat(80)}<script>self.__next_f.push([1,"n${n}"])</script></body></html>`;
const policy = (hashes: string[]) => `script-src 'self' ${hashes.join(' ')}`.trim();
const compress = compression();

let server: http.Server;
let base: string;

beforeAll(async () => {
  // The layers in lib/server/server.ts's order; the handler sends like Next: a cached page's whole body
  // in one end(), a render streamed in chunks.
  server = http.createServer((req, res) => {
    compress(req as never, res as never, () => {
      applyCompressedCache(req, res);
      applyContentSecurityPolicy(res, policy, req.method);
      applyEtag(req, res);
      const path = req.url!;
      const body = page(path === '/b' ? 2 : 1);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('vary', 'rsc');
      if (req.method === 'HEAD') return void res.end(null);
      if (path === '/streamed') {
        res.write(body.slice(0, 300));
        return void res.end(body.slice(300));
      }
      res.setHeader('content-length', Buffer.byteLength(body));
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Raw bytes and headers, without fetch's automatic decoding. */
function get(path: string, acceptEncoding?: string, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(
      base + path,
      { method, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('compressed bodies kept by ETag', () => {
  it('sends the same brotli bytes, with a length, to every browser after the first', async () => {
    await get('/a', 'gzip, deflate, br'); // the first answer teaches the CSP layer; compression streams it
    const second = await get('/a', 'gzip, deflate, br');
    const third = await get('/a', 'br;q=1, gzip;q=0.5');
    expect(second.headers['content-encoding']).toBe('br');
    expect(Number(second.headers['content-length'])).toBe(second.body.length);
    expect(zlib.brotliDecompressSync(second.body).toString()).toBe(page(1));
    expect(third.body.equals(second.body)).toBe(true);
    expect(second.headers['vary']?.split(/,\s*/).filter((v) => /accept-encoding/i.test(v))).toHaveLength(1);
    expect(second.headers['content-security-policy']).toMatch(/'sha256-/);
    // Another page version, its own body.
    await get('/b', 'br');
    expect(zlib.brotliDecompressSync((await get('/b', 'br')).body).toString()).toBe(page(2));
  });

  it('gzip for clients without brotli, identity for the rest, and HEAD and streamed renders left to compression', async () => {
    const gz = await get('/a', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(page(1));
    const plain = await get('/a');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page(1));
    const none = await get('/a', 'br;q=0, gzip;q=0');
    expect(none.headers['content-encoding']).toBeUndefined();
    const head = await get('/a', 'br', 'HEAD');
    expect(head.body.length).toBe(0);
    const streamed = await get('/streamed', 'br');
    expect(streamed.headers['content-length']).toBeUndefined(); // the middleware's stream, chunked
    expect(zlib.brotliDecompressSync(streamed.body).toString()).toBe(page(1));
  });

  it('a client that has the page gets a 304, not a compressed body', async () => {
    const first = await get('/a', 'br');
    const etag = first.headers['etag'] as string;
    const again = await new Promise<number>((resolve) => {
      http.get(base + '/a', { headers: { 'accept-encoding': 'br', 'if-none-match': etag } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
    });
    expect(again).toBe(304);
  });
});
