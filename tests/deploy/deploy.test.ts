import Database from 'better-sqlite3';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequest } from '../faults/form-post';
import { freshDbFile, ROOT, startServer, type RunningServer } from '../faults/server';
import { hasControl, multipart, readForm, withValues } from '../support/html-form';
import { startNginx, type RunningNginx } from './nginx';

// DEPLOY_PORT moves the five ports (nginx, its purge server, two app processes, a cache that never answers).
const BASE_PORT = Number(process.env.DEPLOY_PORT ?? 4112);
const NGINX_PORT = BASE_PORT;
const PURGE_PORT = BASE_PORT + 1;
const APP_PORTS = [BASE_PORT + 2, BASE_PORT + 3];
const BLACK_HOLE_PORT = BASE_PORT + 4;
const OFFICER = 'ayuna-batoeva';

let dbFile: string;
let apps: RunningServer[] = [];
let nginx: RunningNginx;
let blackHole: net.Server;
let lastSavedAt = 0;

// Every process purges this nginx and a second "cache" that accepts connections and never answers: a dead
// CDN endpoint must neither fail nor slow a write, nor hold up the purge of the live cache.
const env = {
  TRUST_PROXY: '1',
  CACHE_PURGE_URLS: `http://127.0.0.1:${BLACK_HOLE_PORT}/purge,http://127.0.0.1:${PURGE_PORT}/purge`,
};
const startApps = () =>
  Promise.all(
    APP_PORTS.map((port) =>
      startServer({ port, dbFile, env: { ...env, PUBLIC_URL: `http://127.0.0.1:${NGINX_PORT}` } }),
    ),
  );

beforeAll(async () => {
  blackHole = net.createServer(() => {});
  blackHole.listen(BLACK_HOLE_PORT, '127.0.0.1');
  await once(blackHole, 'listening');
  dbFile = freshDbFile('deploy');
  // The first process creates and seeds the database; the second opens it as it is.
  apps = [await startServer({ port: APP_PORTS[0]!, dbFile, env })];
  apps.push(await startServer({ port: APP_PORTS[1]!, dbFile, env }));
  nginx = await startNginx({
    port: NGINX_PORT,
    purgePort: PURGE_PORT,
    appPorts: APP_PORTS,
    dataDir: path.dirname(dbFile),
    dir: path.join(ROOT, 'tmp', 'deploy', 'nginx'),
  });
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(apps.map((app) => app.stop()));
  blackHole?.close();
});

const cacheStatus = (res: Response) => res.headers.get('x-cache');

/**
 * Signs the demo officer in and saves a new phone number through the /me form, posting as a browser does (with its
 * Origin), through `base`: nginx, as an officer's browser would.
 */
async function editPhoneNumber(base: string, e164: string) {
  const credentials = (await import('node:fs')).readFileSync(
    path.join(path.dirname(dbFile), 'demo-credentials.txt'),
    'utf8',
  );
  const line = credentials.split('\n').find((l) => l.trim().startsWith('officer') && l.includes(`(${OFFICER})`))!;
  const [, email, password] = line.trim().split(/\s+/);
  let cookie = '';
  const take = (res: Response) => {
    const pairs = res.headers.getSetCookie().map((c) => c.split(';')[0]);
    if (pairs.length) cookie = pairs.join('; ');
  };
  const post = async (pagePath: string, fields: [string, string][], action: string) => {
    const { body, contentType } = await multipart(fields);
    const res = await fetch(new URL(action || pagePath, base + pagePath), {
      method: 'POST',
      body: new Uint8Array(body),
      redirect: 'manual',
      headers: { 'content-type': contentType, cookie, accept: 'text/html', origin: new URL(base).origin },
    });
    take(res);
    return res;
  };
  const signIn = readForm(await (await fetch(`${base}/sign-in?next=/me`)).text(), hasControl('password'));
  expect(
    (await post('/sign-in', withValues(signIn.fields, { email: email!, password: password! }), signIn.action)).status,
  ).toBe(303);
  const me = readForm(await (await fetch(`${base}/me`, { headers: { cookie } })).text(), hasControl('phones.0.number'));
  const started = performance.now();
  expect((await post('/me', withValues(me.fields, { 'phones.0.number': e164 }), me.action)).status).toBe(303);
  lastSavedAt = performance.now();
  return { saveMs: lastSavedAt - started };
}

/** How long until `url` shows `text`, and how nginx answered the first time it did (`X-Cache`). */
async function waitUntilShown(
  url: string,
  text: string,
  limitMs: number,
  headers: Record<string, string> = {},
): Promise<{ ms: number; cache: string | null }> {
  const started = performance.now();
  for (;;) {
    const res = await fetch(url, { headers });
    const html = await res.text();
    const waited = performance.now() - started;
    if (html.includes(text)) return { ms: waited, cache: cacheStatus(res) };
    if (waited > limitMs) throw new Error(`${url} still did not show ${text} after ${Math.round(waited)} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function releaseSlug(): string {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('select slug from releases order by id limit 1').get() as { slug: string }).slug;
  } finally {
    db.close();
  }
}

function storedRequests(email: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from interview_requests where email = ?').get(email) as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('nginx in front of two app processes on one database', () => {
  it('answers a public page from its cache the second time, and a conditional request with 304', async () => {
    const first = await fetch(`${nginx.base}/cities/moscow`);
    expect(first.status).toBe(200);
    const second = await fetch(`${nginx.base}/cities/moscow`);
    expect(cacheStatus(second)).toBe('HIT');
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    const etag = second.headers.get('etag');
    expect(etag).toBeTruthy();
    const conditional = await fetch(`${nginx.base}/cities/moscow`, { headers: { 'if-none-match': etag! } });
    expect(conditional.status).toBe(304);
  });

  it('never keeps staff, sign-in or search pages', async () => {
    for (const url of ['/sign-in', '/search?q=moscow']) {
      await fetch(nginx.base + url);
      expect(cacheStatus(await fetch(nginx.base + url)), url).toBe('BYPASS');
    }
    const staff = await fetch(`${nginx.base}/staff`, { redirect: 'manual' });
    expect(cacheStatus(staff)).toBe('BYPASS');
  });

  it("shows an officer's edit through nginx, by purge, and through the other process within 2 s", async () => {
    // nginx holds the page in every encoding it keeps (browsers' spellings of Accept-Encoding count as one),
    // for minutes (X-Accel-Expires), and the other process holds it too.
    const encodings = ['gzip, deflate, br, zstd', 'gzip', 'identity'];
    for (const e of encodings) {
      await fetch(`${nginx.base}/cities/moscow`, { headers: { 'accept-encoding': e } });
      const again = await fetch(`${nginx.base}/cities/moscow`, { headers: { 'accept-encoding': e } });
      expect(cacheStatus(again), e).toBe('HIT');
    }
    expect(cacheStatus(await fetch(`${nginx.base}/cities/moscow`, { headers: { 'accept-encoding': 'br' } }))).toBe(
      'HIT',
    );
    await fetch(`${apps[1]!.base}/cities/moscow`);
    expect((await fetch(`${apps[1]!.base}/cities/moscow`)).headers.get('x-nextjs-cache')).toBe('HIT');
    const e164 = `+7916${5_000_000 + Math.floor(Math.random() * 4_000_000)}`;
    // The dead cache in CACHE_PURGE_URLS would take 2 s for one purge attempt alone: the write does not wait.
    const { saveMs } = await editPhoneNumber(apps[0]!.base, e164);
    expect(saveMs).toBeLessThan(2_000);
    const [otherProcess, ...throughNginx] = await Promise.all([
      waitUntilShown(`${apps[1]!.base}/cities/moscow`, `tel:${e164}`, 2_000),
      ...encodings.map((e) =>
        waitUntilShown(`${nginx.base}/cities/moscow`, `tel:${e164}`, 2_000, { 'accept-encoding': e }),
      ),
    ]);
    // MISS: nginx no longer had the page at all. Its copy would otherwise have been EXPIRED or REVALIDATED,
    // and not for minutes: only the purge explains the new number.
    expect(throughNginx.map((t) => t.cache)).toEqual(encodings.map(() => 'MISS'));
    console.log(
      `edit saved in ${Math.round(saveMs)} ms with a dead cache listed; visible through nginx (by purge) after ${throughNginx
        .map((t) => Math.round(t.ms))
        .join(', ')} ms (br, gzip, identity), on the other process after ${Math.round(otherProcess.ms)} ms`,
    );
  });

  it('takes an officer’s forms posted through nginx itself, with the browser’s Origin, on a port other than 443', async () => {
    // nginx's $host drops the port; X-Forwarded-Host keeps it, so the same-origin checks see the page's own origin.
    const e164 = `+7916${1_000_000 + Math.floor(Math.random() * 4_000_000)}`;
    await editPhoneNumber(nginx.base, e164);
    expect((await waitUntilShown(`${nginx.base}/cities/moscow`, `tel:${e164}`, 2_000)).ms).toBeLessThan(2_000);
  });

  it('keeps release lists with a query string for a second, as nobody can list them to purge', async () => {
    const list = `${nginx.base}/releases?city=moscow&page=1`;
    await fetch(list);
    expect(cacheStatus(await fetch(list))).toBe('HIT');
    await new Promise((r) => setTimeout(r, 2_100));
    expect(cacheStatus(await fetch(list))).toMatch(/^(EXPIRED|REVALIDATED)$/);
    // Next's router payloads are never kept.
    await fetch(`${nginx.base}/cities/moscow`, { headers: { rsc: '1' } });
    expect(cacheStatus(await fetch(`${nginx.base}/cities/moscow`, { headers: { rsc: '1' } }))).toBe('BYPASS');
  });

  it('keeps the directory up while every app process is down, and loses nothing', async () => {
    // Pages nginx keeps for minutes, and a release list it keeps for a second (a query string).
    const pages = ['/cities/moscow', `/contacts/${OFFICER}`, `/releases/${releaseSlug()}`, '/releases?city=moscow'];
    // The last edit's second purge (3 s after it, lib/http/cache-purge.ts) must not remove these copies.
    await new Promise((r) => setTimeout(r, Math.max(0, lastSavedAt + 3_500 - performance.now())));
    for (const page of pages) await fetch(nginx.base + page);
    const before = await sendRequest(nginx.base, `/contacts/${OFFICER}`, 'before-the-kill@example.org');
    expect(before.status).toBe(303);

    for (const app of apps) app.child.kill('SIGKILL');
    await Promise.all(apps.map((app) => app.exited));
    // Past the list's second of freshness: what follows is the cache standing in for the app.
    await new Promise((r) => setTimeout(r, 2_100));
    for (const page of pages) {
      const res = await fetch(nginx.base + page);
      expect(res.status, page).toBe(200);
      expect(cacheStatus(res), page).toBe(page.includes('?') ? 'STALE' : 'HIT');
      expect(Number(res.headers.get('age')), page).toBeGreaterThanOrEqual(2);
    }
    const down = await sendRequest(nginx.base, `/contacts/${OFFICER}`, 'while-down@example.org');
    expect(down.status).toBe(503);
    const body = 'body' in down ? down.body : '';
    expect(body).toContain('Nothing you just sent was stored');
    expect(body).toContain('Moscow');
    expect(body).toContain('24/7 duty line');

    apps = await startApps();
    let after = await sendRequest(nginx.base, `/contacts/${OFFICER}`, 'after-the-restart@example.org');
    // nginx skips a process that refused a connection for 2 s (fail_timeout).
    for (let i = 0; i < 30 && after.status !== 303; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await sendRequest(nginx.base, `/contacts/${OFFICER}`, 'after-the-restart@example.org');
    }
    expect(after.status).toBe(303);
    expect(storedRequests('before-the-kill@example.org')).toBe(1);
    expect(storedRequests('while-down@example.org')).toBe(0);
    expect(storedRequests('after-the-restart@example.org')).toBe(1);
  });
});
