import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequest } from '../faults/form-post';
import { freshDbFile, ROOT, startServer, type RunningServer } from '../faults/server';
import { hasControl, multipart, readForm, withValues } from '../support/html-form';
import { startNginx, type RunningNginx } from './nginx';

const NGINX_PORT = 4112;
const APP_PORTS = [4113, 4114];
const OFFICER = 'ayuna-batoeva';

let dbFile: string;
let apps: RunningServer[] = [];
let nginx: RunningNginx;

const startApps = () =>
  Promise.all(
    APP_PORTS.map((port) =>
      startServer({ port, dbFile, env: { TRUST_PROXY: '1', PUBLIC_URL: `http://127.0.0.1:${NGINX_PORT}` } }),
    ),
  );

beforeAll(async () => {
  dbFile = freshDbFile('deploy');
  // The first process creates and seeds the database; the second opens it as it is.
  apps = [await startServer({ port: APP_PORTS[0]!, dbFile, env: { TRUST_PROXY: '1' } })];
  apps.push(await startServer({ port: APP_PORTS[1]!, dbFile, env: { TRUST_PROXY: '1' } }));
  nginx = await startNginx({
    port: NGINX_PORT,
    appPorts: APP_PORTS,
    dataDir: path.dirname(dbFile),
    dir: path.join(ROOT, 'tmp', 'deploy', 'nginx'),
  });
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(apps.map((app) => app.stop()));
});

const cacheStatus = (res: Response) => res.headers.get('x-cache');

/** Signs the demo officer in on one app process and saves a new phone number through the /me form. */
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
      headers: { 'content-type': contentType, cookie, accept: 'text/html' },
    });
    take(res);
    return res;
  };
  const signIn = readForm(await (await fetch(`${base}/sign-in?next=/me`)).text(), hasControl('password'));
  expect(
    (await post('/sign-in', withValues(signIn.fields, { email: email!, password: password! }), signIn.action)).status,
  ).toBe(303);
  const me = readForm(await (await fetch(`${base}/me`, { headers: { cookie } })).text(), hasControl('phones.0.number'));
  expect((await post('/me', withValues(me.fields, { 'phones.0.number': e164 }), me.action)).status).toBe(303);
}

async function waitUntilShown(url: string, text: string, limitMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const html = await (await fetch(url)).text();
    const waited = performance.now() - started;
    if (html.includes(text)) return waited;
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

  it("shows an officer's edit through nginx and through the other process within 2 s", async () => {
    // Both the cache and the other process hold the page before the edit.
    await fetch(`${nginx.base}/cities/moscow`);
    await fetch(`${apps[1]!.base}/cities/moscow`);
    expect((await fetch(`${apps[1]!.base}/cities/moscow`)).headers.get('x-nextjs-cache')).toBe('HIT');
    const e164 = `+7916${5_000_000 + Math.floor(Math.random() * 4_000_000)}`;
    await editPhoneNumber(apps[0]!.base, e164);
    const [throughNginx, otherProcess] = await Promise.all([
      waitUntilShown(`${nginx.base}/cities/moscow`, `tel:${e164}`, 2_000),
      waitUntilShown(`${apps[1]!.base}/cities/moscow`, `tel:${e164}`, 2_000),
    ]);
    console.log(
      `edit visible through nginx after ${Math.round(throughNginx)} ms, on the other process after ${Math.round(otherProcess)} ms`,
    );
  });

  it('keeps the directory up while every app process is down, and loses nothing', async () => {
    const pages = ['/cities/moscow', `/contacts/${OFFICER}`, `/releases/${releaseSlug()}`];
    for (const page of pages) await fetch(nginx.base + page);
    const before = await sendRequest(nginx.base, `/contacts/${OFFICER}`, 'before-the-kill@example.org');
    expect(before.status).toBe(303);

    for (const app of apps) app.child.kill('SIGKILL');
    await Promise.all(apps.map((app) => app.exited));
    // Past the pages' second of freshness: what follows is the cache standing in for the app.
    await new Promise((r) => setTimeout(r, 2_100));
    for (const page of pages) {
      const res = await fetch(nginx.base + page);
      expect(res.status, page).toBe(200);
      expect(cacheStatus(res), page).toBe('STALE');
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
