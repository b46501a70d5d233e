import { and, count, eq, gt, lte } from 'drizzle-orm';
import { writeTransaction, type Db } from '..';
import { rateLimitHits } from '../schema';

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Sliding window kept in SQLite, so a restart does not hand out a fresh allowance.
 * Only allowed actions are counted: a refused client is not locked out for longer.
 * A client's hits go when it comes back after the window, or with `sweepRateLimits` within the hour.
 */
export function takeRateLimit(db: Db, key: string, limit: number, windowMs: number, now = new Date()): RateLimitResult {
  if (limit <= 0) return { allowed: true };
  if (windowMs > LONGEST_WINDOW_MS)
    throw new Error(`A rate-limit window is at most ${LONGEST_WINDOW_MS} ms (sweepRateLimits would cut it short)`);
  const since = new Date(now.getTime() - windowMs);
  return writeTransaction(db, (tx) => {
    tx.delete(rateLimitHits)
      .where(and(eq(rateLimitHits.key, key), lte(rateLimitHits.at, since)))
      .run();
    const used =
      tx
        .select({ n: count() })
        .from(rateLimitHits)
        .where(and(eq(rateLimitHits.key, key), gt(rateLimitHits.at, since)))
        .get()?.n ?? 0;
    if (used >= limit) {
      const oldest = tx
        .select({ at: rateLimitHits.at })
        .from(rateLimitHits)
        .where(eq(rateLimitHits.key, key))
        .orderBy(rateLimitHits.at)
        .limit(1)
        .get();
      return { allowed: false, retryAfterMs: oldest ? oldest.at.getTime() + windowMs - now.getTime() : windowMs };
    }
    tx.insert(rateLimitHits).values({ key, at: now }).run();
    return { allowed: true };
  });
}

/** The longest window any caller uses (password resets: an hour). */
export const LONGEST_WINDOW_MS = 60 * 60_000;

/**
 * Drops every hit older than the longest window, whoever left it: no client digest is kept longer (run every 10
 * minutes).
 */
export function sweepRateLimits(db: Db, now = new Date()): number {
  return db
    .delete(rateLimitHits)
    .where(lte(rateLimitHits.at, new Date(now.getTime() - LONGEST_WINDOW_MS)))
    .run().changes;
}
