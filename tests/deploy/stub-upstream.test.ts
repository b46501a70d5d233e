import http from 'node:http';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../faults/server';
import { startNginx, type RunningNginx } from './nginx';

// The shipped conf in front of a stub upstream, for answers the demo app does not give on demand:
// - one that says "public, keep me a minute" and also sets a cookie: what no app page may leak to the next visitor.
//   The shipped conf must pass it through every time, never from its cache.
// - a post over 256 kB, which the app refuses with its own page (that nothing was stored): nginx must pass it on.
// - one whose headers outgrow nginx's default 4 kB buffer: a city page with many people has a
//   Content-Security-Policy with a hash per inline script (Next's streamed payload), past 4 kB in the e2e run.
// After deploy.test.ts's five (DEPLOY_PORT).
const NGINX_PORT = Number(process.env.DEPLOY_PORT ?? 4112) + 5;
const UPSTREAM_PORT = NGINX_PORT + 2; // nginx's purge server takes the one between
let upstream: http.Server;
let nginx: RunningNginx;
let served = 0;
// 160 script hashes: 7.6 kB, as on a city page with a few dozen people.
const LONG_POLICY = `default-src 'self'; script-src 'self' ${Array.from(
  { length: 160 },
  (_, i) => `'sha256-${Buffer.alloc(32, i).toString('base64')}'`,
).join(' ')}`;

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    if (req.method === 'POST') {
      let bytes = 0;
      req.on('data', (chunk: Buffer) => (bytes += chunk.length));
      req.on('end', () => res.writeHead(413, { 'content-type': 'text/plain' }).end(`the app read ${bytes} bytes`));
      return;
    }
    served++;
    const headers: http.OutgoingHttpHeaders = {
      'content-type': 'text/html',
      'cache-control': 'public, max-age=0, s-maxage=60',
    };
    if (req.url === '/with-cookie') headers['set-cookie'] = `session=${served}; HttpOnly`;
    if (req.url === '/long-policy') headers['content-security-policy'] = LONG_POLICY;
    res.writeHead(200, headers).end(`<p>answer ${served}</p>`);
  });
  upstream.listen(UPSTREAM_PORT, '127.0.0.1');
  await once(upstream, 'listening');
  const dir = path.join(ROOT, 'tmp', 'deploy', 'nginx-set-cookie');
  nginx = await startNginx({ port: NGINX_PORT, appPorts: [UPSTREAM_PORT], dataDir: dir, dir });
});

afterAll(async () => {
  await nginx?.stop();
  upstream?.close();
});

it('never keeps an answer that sets a cookie, though it keeps the same answer without one', async () => {
  const first = await fetch(`${nginx.base}/with-cookie`);
  const second = await fetch(`${nginx.base}/with-cookie`);
  expect(second.headers.get('x-cache')).toBe('MISS');
  expect(second.headers.get('set-cookie')).not.toBe(first.headers.get('set-cookie'));
  await fetch(`${nginx.base}/without-cookie`);
  expect((await fetch(`${nginx.base}/without-cookie`)).headers.get('x-cache')).toBe('HIT');
});

it('passes on an answer whose headers outgrow 4 kB, and keeps it, instead of a 502 and the offline page', async () => {
  const first = await fetch(`${nginx.base}/long-policy`);
  expect(first.status).toBe(200);
  expect(first.headers.get('content-security-policy')).toBe(LONG_POLICY);
  expect(await first.text()).toMatch(/answer \d+/);
  const second = await fetch(`${nginx.base}/long-policy`);
  expect(second.headers.get('x-cache')).toBe('HIT');
  expect(second.headers.get('content-security-policy')).toBe(LONG_POLICY);
});

it('passes a form post over 256 kB on to the app, whose own answer says what happened', async () => {
  const res = await fetch(`${nginx.base}/interview-requests`, { method: 'POST', body: 'x'.repeat(300 * 1024) });
  expect(res.status).toBe(413);
  expect(await res.text()).toBe(`the app read ${300 * 1024} bytes`);
});
