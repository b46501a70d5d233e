import type Database from 'better-sqlite3';

/**
 * Waiting for another process's write lock without stopping Node (docs/decisions/0020).
 *
 * better-sqlite3 is synchronous: with `busy_timeout = 5000` a write that meets a lock held by a
 * backup or a script blocks the event loop for up to 5 s, and every page with it. Instead the
 * connection's own busy timeout is a few milliseconds, and a write that must wait longer waits here,
 * asynchronously: it polls the lock (BEGIN IMMEDIATE with no timeout, then ROLLBACK) with backoff
 * until it is free or the write's limit has passed. While the lock is known to be held the
 * connection's timeout is 0, so a write that tries anyway fails at once instead of blocking.
 */

/** The longest a single write attempt may block the event loop when it races another writer. */
export const ATTEMPT_BUSY_MS = 5;
const FIRST_POLL_MS = 5;
const LONGEST_POLL_MS = 100;

/** `heldSince`: when a probe first found the lock taken, null once one found it free. */
type State = { waiting: number; heldSince: number | null };
/**
 * Kept on the connection it describes: the custom server (lib/server/server.ts) waits for the lock and Next's
 * bundles (/api/health) read the count, each with its own copy of this module but the same connection.
 */
type WithState = Database.Database & { presslineWriteLock?: State };

function stateOf(client: Database.Database): State {
  return ((client as WithState).presslineWriteLock ??= { waiting: 0, heldSince: null });
}

/** SQLite's "database is locked" by another connection, however wrapped. */
export function isBusyError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return true;
  }
  return false;
}

/**
 * True when this connection could take the write lock right now. Costs one BEGIN IMMEDIATE and a
 * ROLLBACK of nothing (no disk write). Inside a transaction of our own the lock is ours: true.
 */
export function writeLockFree(client: Database.Database): boolean {
  if (client.inTransaction) return true;
  client.pragma('busy_timeout = 0');
  let free = true;
  try {
    client.exec('BEGIN IMMEDIATE');
    client.exec('ROLLBACK');
  } catch (error) {
    if (!isBusyError(error)) {
      client.pragma(`busy_timeout = ${ATTEMPT_BUSY_MS}`);
      throw error;
    }
    free = false;
  }
  const state = stateOf(client);
  state.heldSince = free ? null : (state.heldSince ?? Date.now());
  client.pragma(`busy_timeout = ${free ? ATTEMPT_BUSY_MS : 0}`);
  return free;
}

/** Since when the lock has been seen taken without a break, or null when it was last seen free. */
export function lockHeldSince(client: Database.Database): number | null {
  return stateOf(client).heldSince;
}

/** Writes (requests, group commits) waiting for the lock right now: /api/health reports "degraded". */
export function writesWaiting(client: Database.Database): number {
  return stateOf(client).waiting;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves true as soon as the write lock is free, false once `limitMs` has passed without it.
 * The event loop keeps running meanwhile; the caller then writes (which may still lose a race and
 * fail with SQLITE_BUSY after ATTEMPT_BUSY_MS: the caller's 503 path handles that).
 */
export async function waitForWriteLock(client: Database.Database, limitMs: number): Promise<boolean> {
  if (writeLockFree(client)) return true;
  const state = stateOf(client);
  const deadline = Date.now() + limitMs;
  state.waiting++;
  try {
    for (let poll = FIRST_POLL_MS; Date.now() < deadline; poll = Math.min(poll * 2, LONGEST_POLL_MS)) {
      await sleep(Math.min(poll, Math.max(0, deadline - Date.now())));
      if (writeLockFree(client)) return true;
    }
    return false;
  } finally {
    state.waiting--;
  }
}

/** Counts a write as waiting while `wait` runs (a group commit's retry). */
export async function countWaiting<T>(client: Database.Database, wait: Promise<T>): Promise<T> {
  const state = stateOf(client);
  state.waiting++;
  try {
    return await wait;
  } finally {
    state.waiting--;
  }
}
