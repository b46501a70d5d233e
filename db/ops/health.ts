import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '..';
import { migrationsFolder } from '..';
import { writeLockFree, writesWaiting } from '../write-lock';
import { outboxBacklog } from './outbox';

export type Health = {
  /** `degraded`: pages are served but writes wait for another process's lock (answered 200 all the same). */
  status: 'ok' | 'degraded' | 'failing';
  /** Serving: `ok` or `degraded`. */
  ok: boolean;
  database: 'ok' | 'unreachable';
  /** `lockFree`: this process could take the write lock now; `waiting`: writes waiting for it. */
  writes: { lockFree: boolean; waiting: number } | null;
  migrations: { current: boolean; applied: number; expected: number; missing: string[] } | null;
  outbox: { pending: number; oldestPendingAgeSeconds: number | null; stale: boolean; smtpConfigured: boolean } | null;
  error?: string;
};

type Journal = { entries: { tag: string; when: number }[] };

/** The migrations the code expects: drizzle records each applied one by its journal timestamp. */
export function expectedMigrations(folder = migrationsFolder): Journal['entries'] {
  return (JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal).entries;
}

/**
 * Database reachable, every migration in db/migrations applied, and no e-mail waiting longer than
 * `outboxMaxAgeMs` (only counted when SMTP is configured: without it mail waits by design).
 * Degraded while the write lock is held elsewhere or writes wait for it: reads go on, writes are late.
 */
export function checkHealth(
  getDb: () => Db,
  { now = new Date(), outboxMaxAgeMs = 30 * 60_000, smtpConfigured = false, folder = migrationsFolder } = {},
): Health {
  let db: Db;
  try {
    db = getDb();
    db.$client.prepare('select 1').get();
  } catch (error) {
    return {
      status: 'failing',
      ok: false,
      database: 'unreachable',
      writes: null,
      migrations: null,
      outbox: null,
      error: String(error instanceof Error ? error.message : error),
    };
  }
  const applied = new Set(
    (db.$client.prepare('select created_at as at from __drizzle_migrations').all() as { at: number }[]).map((r) =>
      Number(r.at),
    ),
  );
  const expected = expectedMigrations(folder);
  const missing = expected.filter((m) => !applied.has(m.when)).map((m) => m.tag);
  const backlog = outboxBacklog(db);
  const oldest = backlog.oldest === null ? null : Number(backlog.oldest);
  const age = oldest === null ? null : Math.max(0, Math.round((now.getTime() - oldest) / 1000));
  const stale = smtpConfigured && age !== null && age * 1000 > outboxMaxAgeMs;
  const writes = { lockFree: writeLockFree(db.$client), waiting: writesWaiting(db.$client) };
  const status = missing.length > 0 || stale ? 'failing' : writes.lockFree && writes.waiting === 0 ? 'ok' : 'degraded';
  return {
    status,
    ok: status !== 'failing',
    database: 'ok',
    writes,
    migrations: { current: missing.length === 0, applied: applied.size, expected: expected.length, missing },
    outbox: { pending: Number(backlog.pending), oldestPendingAgeSeconds: age, stale, smtpConfigured },
  };
}
