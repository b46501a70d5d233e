import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { BUSY_MESSAGE } from '@/lib/http/unavailable';
import { hiddenFields, journalistFields, postForm, REQUEST_PATH } from './form-post';
import { halfWrittenRequests, requestCountsByEmail } from './invariants';
import { freshDbFile, ROOT, startServer, type RunningServer } from './server';

const PAGE = '/cities/nairobi';
let server: RunningServer | null = null;
afterEach(() => server?.stop());

/** A second process that takes the write lock (BEGIN IMMEDIATE), writes, holds it for `ms`, then rolls back. */
async function holdWriteLock(dbFile: string, ms: number) {
  const holder = spawn(
    process.execPath,
    ['-e', `const db = new (require('better-sqlite3'))(process.env.LOCK_DB);
      db.exec('BEGIN IMMEDIATE');
      db.prepare("insert into rate_limit_hits (key, at) values ('lock-holder', 0)").run();
      setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, ${ms});`],
    { cwd: ROOT, env: { ...process.env, LOCK_DB: dbFile }, stdio: 'inherit' },
  );
  const released = new Promise<number | null>((resolve) => holder.once('exit', resolve));
  // Locked once a writer of our own is refused at once.
  const probe = new Database(dbFile);
  probe.pragma('busy_timeout = 0');
  for (let locked = false; !locked; ) {
    if (holder.exitCode !== null) throw new Error(`lock holder exited early (${holder.exitCode})`);
    try {
      probe.exec('BEGIN IMMEDIATE');
      probe.exec('ROLLBACK');
      await new Promise((r) => setTimeout(r, 10));
    } catch {
      locked = true;
    }
  }
  probe.close();
  return { released };
}

async function burstDuringLock(port: number, name: string, env: Record<string, string>) {
  const dbFile = freshDbFile(name);
  server = await startServer({ port, dbFile, env });
  const base = server.base;
  const hidden = hiddenFields(await (await fetch(`${base}${PAGE}`)).text()).filter(([k]) => k !== 'website');
  const { released } = await holdWriteLock(dbFile, 3_000);
  const emails = Array.from({ length: 20 }, (_, i) => `${name}-${i}@newsroom.example.org`);
  const results = await Promise.all(emails.map((email, i) => postForm(base, REQUEST_PATH, [...hidden, ...journalistFields(email, { topic: `Lock topic ${i}` })])));
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
  const again = await postForm(base, REQUEST_PATH, [...hidden, ...journalistFields(`${name}-after@newsroom.example.org`)]);
  expect(again.status).toBe(303);
  return results.map((r) => r.status);
}

it('another process holds the write lock for 3 s: requests wait (busy_timeout 5 s) and all succeed', async () => {
  const statuses = await burstDuringLock(3615, 'lock-wait', {});
  expect(statuses.every((s) => s === 303)).toBe(true);
  // They really waited for the lock rather than arriving after it.
  const waited = server!.output().split('\n').filter((l) => l.includes('"POST"')).map((l) => (JSON.parse(l) as { ms: number }).ms);
  expect(Math.max(...waited)).toBeGreaterThan(1_500);
});

it('with a busy timeout shorter than the lock, requests get a clear 503 page that keeps their text, never a 500', async () => {
  const statuses = await burstDuringLock(3616, 'lock-503', { SQLITE_BUSY_TIMEOUT_MS: '300' });
  expect(statuses).toContain(503);
});
