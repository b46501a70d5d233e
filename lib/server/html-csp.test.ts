import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyContentSecurityPolicy } from './html-csp';

const script = 'self.__next_f.push([1,"payload"])';
const page = (n: number) =>
  `<!doctype html><html><body><p>page ${n}</p><script>${script}</script><script>self.__next_f.push([1,"n${n}"])</script></body></html>`;
const policy = (hashes: string[]) => `script-src 'self' ${hashes.join(' ')}`.trim();

let server: http.Server;
let base: string;
const bodies = new Map([
  ['/a', page(1)],
  ['/b', page(2)],
]);

beforeAll(async () => {
  // Like Next: headers set first, the body written in several chunks, an ETag per body.
  server = http.createServer((req, res) => {
    applyContentSecurityPolicy(res, policy, req.method);
    const body = bodies.get(req.url!.split('?')[0]!) ?? '';
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('etag', `"${createHash('sha1').update(body).digest('base64url')}"`);
    res.writeHead(200);
    if (req.method === 'HEAD') return void res.end();
    res.write(body.slice(0, 40));
    res.end(body.slice(40));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the CSP of HTML responses', () => {
  it('names the hashes of exactly the page’s own bootstrap scripts, the same on a repeat served from memory', async () => {
    // A HEAD first has no body: it carries no policy (a cache would copy it onto the page), and it
    // must not teach the server an empty list for this ETag.
    const head = await fetch(`${base}/a`, { method: 'HEAD' });
    expect(head.headers.get('content-security-policy')).toBeNull();
    const first = await fetch(`${base}/a`);
    const policyA = first.headers.get('content-security-policy')!;
    expect(policyA.match(/'sha256-[^']+'/g)).toHaveLength(2);
    expect(await first.text()).toBe(page(1));
    const again = await fetch(`${base}/a`);
    expect(again.headers.get('content-security-policy')).toBe(policyA);
    expect(await again.text()).toBe(page(1));
    // Another body, another ETag: its own hashes, not the first page's.
    const other = await fetch(`${base}/b`);
    const policyB = other.headers.get('content-security-policy')!;
    expect(policyB).not.toBe(policyA);
    expect(policyB.match(/'sha256-[^']+'/g)).toHaveLength(2);
  });
});
