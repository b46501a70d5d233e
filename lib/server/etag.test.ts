import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyContentSecurityPolicy } from './html-csp';
import { applyEtag, clientHasIt } from './etag';

const page = (n: number) =>
  `<!doctype html><html><body><p>page ${n}</p><script>self.__next_f.push([1,"n${n}"])</script></body></html>`;
const policy = (hashes: string[]) => `script-src 'self' ${hashes.join(' ')}`.trim();

let server: http.Server;
let base: string;

beforeAll(async () => {
  // Like Next: headers first, then a cached page's whole body in one end(), a render streamed in chunks.
  server = http.createServer((req, res) => {
    applyContentSecurityPolicy(res, policy, req.method);
    applyEtag(req, res);
    const [path, query] = req.url!.split('?');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (query === 'no-store') res.setHeader('cache-control', 'private, no-store');
    if (path === '/missing') res.statusCode = 404;
    const body = page(path === '/b' ? 2 : 1);
    res.setHeader('content-length', Buffer.byteLength(body));
    if (req.method === 'HEAD') return void res.end(null);
    if (path === '/streamed') {
      res.write(body.slice(0, 30));
      return void res.end(body.slice(30));
    }
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('ETags of whole bodies', () => {
  it('tags a page by its content, and answers 304 without a body or a policy when the client has it', async () => {
    const first = await fetch(`${base}/a`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.get('content-security-policy')).toMatch(/'sha256-/);
    expect(await first.text()).toBe(page(1));
    expect((await fetch(`${base}/b`)).headers.get('etag')).not.toBe(etag);

    const again = await fetch(`${base}/a`, { headers: { 'if-none-match': `"other", W/${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('content-security-policy')).toBeNull();
    expect(await again.text()).toBe('');
    // The policy remembered for this ETag is still served with the body.
    const third = await fetch(`${base}/a`, { headers: { 'if-none-match': '"other"' } });
    expect(third.status).toBe(200);
    expect(third.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
    expect(await third.text()).toBe(page(1));
  });

  it('leaves streamed, private, HEAD and error bodies alone, and tags a 404 without ever answering it 304', async () => {
    for (const path of ['/streamed', '/a?no-store'])
      expect((await fetch(base + path)).headers.get('etag'), path).toBeNull();
    expect((await fetch(`${base}/a`, { method: 'HEAD' })).headers.get('etag')).toBeNull();
    const missing = await fetch(`${base}/missing`);
    expect(missing.status).toBe(404);
    const etag = missing.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await fetch(`${base}/missing`, { headers: { 'if-none-match': etag } })).status).toBe(404);
  });
});

describe('clientHasIt', () => {
  it('compares weakly and honours *', () => {
    expect(clientHasIt(undefined, '"x"')).toBe(false);
    expect(clientHasIt('"x"', '"x"')).toBe(true);
    expect(clientHasIt('W/"x"', '"x"')).toBe(true);
    expect(clientHasIt('"y", "x"', '"x"')).toBe(true);
    expect(clientHasIt('"y"', '"x"')).toBe(false);
    expect(clientHasIt('*', '"x"')).toBe(true);
  });
});
