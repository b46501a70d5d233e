import { inArray, sql } from 'drizzle-orm';
import { writeTransaction, type Db } from '..';
import { signInAttempts } from '../schema';

/**
 * Failed sign-ins counted in SQLite, so the limit holds across restarts and workers.
 * Per account it stops password guessing on one person; per client address it slows
 * one machine trying many accounts.
 */
export const SIGN_IN_LIMITS = {
  account: { failures: 5, windowMs: 15 * 60 * 1000 },
  client: { failures: 20, windowMs: 15 * 60 * 1000 },
} as const;

export type LimitKey = { kind: keyof typeof SIGN_IN_LIMITS; value: string };

const keyOf = (k: LimitKey) => `${k.kind}:${k.value.toLowerCase()}`;

/** Milliseconds until another try is allowed, or 0 when none of the keys is over its limit. */
export function signInWait(db: Db, keys: LimitKey[], now = Date.now()): number {
  const rows = db.select().from(signInAttempts).where(inArray(signInAttempts.key, keys.map(keyOf))).all();
  let wait = 0;
  for (const k of keys) {
    const limit = SIGN_IN_LIMITS[k.kind];
    const row = rows.find((r) => r.key === keyOf(k));
    if (!row || now - row.windowStart >= limit.windowMs) continue;
    if (row.failures >= limit.failures) wait = Math.max(wait, row.windowStart + limit.windowMs - now);
  }
  return wait;
}

export function recordSignInFailure(db: Db, keys: LimitKey[], now = Date.now()): void {
  writeTransaction(db, (tx) => {
    for (const k of keys) {
      const windowMs = SIGN_IN_LIMITS[k.kind].windowMs;
      tx.insert(signInAttempts)
        .values({ key: keyOf(k), windowStart: now, failures: 1 })
        .onConflictDoUpdate({
          target: signInAttempts.key,
          // A window that has run out starts again at this failure.
          set: {
            failures: sql`case when ${now} - ${signInAttempts.windowStart} >= ${windowMs} then 1 else ${signInAttempts.failures} + 1 end`,
            windowStart: sql`case when ${now} - ${signInAttempts.windowStart} >= ${windowMs} then ${now} else ${signInAttempts.windowStart} end`,
          },
        })
        .run();
    }
  });
}

/** A successful sign-in clears the account's count (not the address's: it may be shared by an attacker). */
export function clearSignInFailures(db: Db, key: LimitKey): void {
  db.delete(signInAttempts).where(inArray(signInAttempts.key, [keyOf(key)])).run();
}
