import { config } from '@/lib/config';
import type { Db } from './';
import { isBusyError, lockHeldSince, waitForWriteLock, writeLockFree } from './write-lock';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Pending = {
  write: (tx: Tx) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** When this write stops waiting for another process's write lock and its caller answers 503 */
  deadline: number;
};
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const queues = new WeakMap<Db, Pending[]>();
const listeners = new WeakMap<Db, (size: number) => void>();

/**
 * With `synchronous = FULL` every commit waits for the disk (about 10 ms on a busy VM), so
 * one commit per request caps writes near 100 a second. Writes that arrive in the same turn
 * of the event loop — in a burst, all those that queued up while the last flush was
 * running — share one transaction and one disk flush. Each caller hears back only once its
 * rows are durable; a write that throws is rolled back alone (a savepoint) and rejects only
 * its own caller; if the commit itself fails, every caller in the group is told.
 *
 * When another process holds the write lock the group waits for it asynchronously
 * (db/write-lock.ts) and tries again; a write still waiting after SQLITE_BUSY_TIMEOUT_MS is
 * refused with SQLITE_BUSY, having stored nothing.
 */
export function writeInGroup<T>(db: Db, write: (tx: Tx) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
      setImmediate(() => flush(db));
    }
    const deadline = Date.now() + config().SQLITE_BUSY_TIMEOUT_MS;
    queue.push({ write, resolve: resolve as (value: unknown) => void, reject, deadline });
  });
}

/** Tests and the benchmark watch group sizes here. */
export function onGroupCommit(db: Db, listener: (size: number) => void) {
  listeners.set(db, listener);
}

function flush(db: Db) {
  const group = queues.get(db) ?? [];
  queues.delete(db);
  const outcomes: Outcome[] = [];
  try {
    db.transaction(
      (tx) => {
        for (const item of group) {
          try {
            outcomes.push({ ok: true, value: tx.transaction((savepoint) => item.write(savepoint)) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      },
      { behavior: 'immediate' },
    );
  } catch (error) {
    if (isBusyError(error)) waitAndRetry(db, group, error);
    else for (const item of group) item.reject(error);
    return;
  }
  listeners.get(db)?.(group.length);
  group.forEach((item, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) item.resolve(outcome.value);
    else item.reject(outcome.error);
  });
}

/**
 * The lock was taken: the group waits for it without blocking, then goes ahead of later writes.
 * A write gives up once it has waited its limit, counted from when it was queued or from when the
 * lock was first seen taken, whichever is earlier: a request that already waited its limit at the
 * server's edge (lib/server/server.ts) is not made to wait a second time.
 */
function waitAndRetry(db: Db, group: Pending[], busy: unknown) {
  const free = writeLockFree(db.$client);
  const now = Date.now();
  const heldSince = lockHeldSince(db.$client) ?? now;
  const giveUpAt = (item: Pending) => Math.min(item.deadline, heldSince + config().SQLITE_BUSY_TIMEOUT_MS);
  const waiting = group.filter((item) => giveUpAt(item) > now);
  for (const item of group) if (giveUpAt(item) <= now) item.reject(busy);
  if (waiting.length === 0) return;
  if (free) return requeue(db, waiting); // lost a race for it: try again at once
  const limit = Math.max(...waiting.map(giveUpAt)) - now;
  void waitForWriteLock(db.$client, limit).then(() => requeue(db, waiting));
}

function requeue(db: Db, group: Pending[]) {
  const later = queues.get(db);
  if (later)
    later.unshift(...group); // its flush is already scheduled
  else {
    queues.set(db, group);
    setImmediate(() => flush(db));
  }
}
