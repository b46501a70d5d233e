import type Database from 'better-sqlite3';

/**
 * A counter of public writes, shared by every process on one database file: SQLite's `user_version`, the
 * header integer "available to applications to use however they want" (drizzle's migrations do not use it).
 *
 * A public write bumps it in a transaction of its own once the write has committed; each process polls
 * `PRAGMA data_version` (no I/O: it changes only when another connection committed) and reads the counter
 * only then, so a busy form (interview requests, sessions, the outbox) never empties anyone's page cache.
 */
export function publicVersion(client: Database.Database): number {
  return client.pragma('user_version', { simple: true }) as number;
}

/** Counts one public write. Throws SQLITE_BUSY after the busy timeout, like any write. */
export function bumpPublicVersion(client: Database.Database): number {
  return client
    .transaction(() => {
      const next = (publicVersion(client) + 1) % 2 ** 31;
      client.pragma(`user_version = ${next}`);
      return next;
    })
    .immediate();
}

/** Counts one public write without ever failing the write that made it: a busy database is tried again later. */
export function notePublicWrite(client: Database.Database, { retryMs = 200, attempts = 50 } = {}): void {
  const attempt = (left: number) => {
    try {
      bumpPublicVersion(client);
    } catch (error) {
      if (left <= 1 || !client.open) {
        console.error('Could not tell the other processes about a public write:', error);
        return;
      }
      setTimeout(() => attempt(left - 1), retryMs).unref();
    }
  };
  attempt(attempts);
}

export type PublicChangeWatch = { stop: () => void; check: () => boolean };

/**
 * Calls `onChange` when another connection changed the counter. `check()` is what the timer runs; it returns
 * whether it saw a change (for tests). The connection is the caller's, opened for this alone.
 */
export function watchPublicVersion(
  client: Database.Database,
  onChange: () => void,
  { intervalMs = 250 } = {},
): PublicChangeWatch {
  let dataVersion = client.pragma('data_version', { simple: true }) as number;
  let version = publicVersion(client);
  const check = () => {
    const now = client.pragma('data_version', { simple: true }) as number;
    if (now === dataVersion) return false;
    dataVersion = now;
    const latest = publicVersion(client);
    if (latest === version) return false;
    version = latest;
    onChange();
    return true;
  };
  const timer = setInterval(() => {
    try {
      check();
    } catch (error) {
      console.error('Could not read the public write counter:', error);
    }
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), check };
}
