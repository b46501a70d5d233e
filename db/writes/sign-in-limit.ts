import { eq, inArray, sql } from 'drizzle-orm';
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

type Reader = Pick<Db, 'select'>;

/** Milliseconds until another try is allowed, or 0 when none of the keys is over its limit. */
export function signInWait(db: Reader, keys: LimitKey[], now = Date.now()): number {
  const rows = db
    .select()
    .from(signInAttempts)
    .where(inArray(signInAttempts.key, keys.map(keyOf)))
    .all();
  let wait = 0;
  for (const k of keys) {
    const limit = SIGN_IN_LIMITS[k.kind];
    const row = rows.find((r) => r.key === keyOf(k));
    if (!row || now - row.windowStart >= limit.windowMs) continue;
    if (row.failures >= limit.failures) wait = Math.max(wait, row.windowStart + limit.windowMs - now);
  }
  return wait;
}

/**
 * Takes one attempt from every key's allowance before the password is checked, in one transaction:
 * parallel sign-ins for one account are counted one after the other, so no more than the limit
 * ever reach the password check (checking first and counting after let 25 of 60 through).
 * Returns 0 when the attempt is reserved, else the milliseconds until another is allowed.
 * Every attempt counts as a failure until `settleSignInAttempt` says it succeeded.
 */
export function reserveSignInAttempt(db: Db, keys: LimitKey[], now = Date.now()): number {
  return writeTransaction(db, (tx) => {
    const wait = signInWait(tx, keys, now);
    if (wait > 0) return wait;
    for (const k of keys) {
      const windowMs = SIGN_IN_LIMITS[k.kind].windowMs;
      tx.insert(signInAttempts)
        .values({ key: keyOf(k), windowStart: now, failures: 1 })
        .onConflictDoUpdate({
          target: signInAttempts.key,
          // A window that has run out starts again at this attempt.
          set: {
            failures: sql`case when ${now} - ${signInAttempts.windowStart} >= ${windowMs} then 1 else ${signInAttempts.failures} + 1 end`,
            windowStart: sql`case when ${now} - ${signInAttempts.windowStart} >= ${windowMs} then ${now} else ${signInAttempts.windowStart} end`,
          },
        })
        .run();
    }
    return 0;
  });
}

/**
 * After a successful sign-in: the account's count is cleared, and the address gets back the
 * attempt reserved for it (its earlier failures stay: the address may be shared by an attacker).
 */
export function settleSignInAttempt(db: Db, [account, ...others]: [LimitKey, ...LimitKey[]]): void {
  writeTransaction(db, (tx) => {
    tx.delete(signInAttempts)
      .where(eq(signInAttempts.key, keyOf(account)))
      .run();
    if (others.length === 0) return;
    tx.update(signInAttempts)
      .set({ failures: sql`max(${signInAttempts.failures} - 1, 0)` })
      .where(inArray(signInAttempts.key, others.map(keyOf)))
      .run();
  });
}
