import { and, count, eq, gt, lte } from 'drizzle-orm';
import { writeTransaction, type Db } from './index';
import { rateLimitHits } from './schema';

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Sliding window kept in SQLite, so a restart does not hand out a fresh allowance.
 * Only allowed actions are counted: a refused client is not locked out for longer.
 */
export function takeRateLimit(db: Db, key: string, limit: number, windowMs: number, now = new Date()): RateLimitResult {
  if (limit <= 0) return { allowed: true };
  const since = new Date(now.getTime() - windowMs);
  return writeTransaction(db, (tx) => {
    tx.delete(rateLimitHits).where(and(eq(rateLimitHits.key, key), lte(rateLimitHits.at, since))).run();
    const used = tx.select({ n: count() }).from(rateLimitHits).where(and(eq(rateLimitHits.key, key), gt(rateLimitHits.at, since))).get()?.n ?? 0;
    if (used >= limit) {
      const oldest = tx.select({ at: rateLimitHits.at }).from(rateLimitHits).where(eq(rateLimitHits.key, key)).orderBy(rateLimitHits.at).limit(1).get();
      return { allowed: false, retryAfterMs: oldest ? oldest.at.getTime() + windowMs - now.getTime() : windowMs };
    }
    tx.insert(rateLimitHits).values({ key, at: now }).run();
    return { allowed: true };
  });
}
