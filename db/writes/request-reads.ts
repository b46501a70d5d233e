import { requestReads } from '@/db/schema';
import type { Db } from '@/db';
import { isBusyError } from '@/db/write-lock';
import type { Actor } from '@/lib/auth/rules';

/**
 * Opening a request's page reads it; the first opening is kept. Written while the page renders, so
 * a write lock held elsewhere (a backup) must not fail the page: the marker is then left for the
 * next opening.
 */
export function markRequestRead(db: Db, actor: Actor, requestId: number, at = new Date()): boolean {
  try {
    const { changes } = db
      .insert(requestReads)
      .values({ requestId, userId: actor.userId, readAt: at })
      .onConflictDoNothing()
      .run();
    return changes > 0;
  } catch (error) {
    if (isBusyError(error)) return false;
    throw error;
  }
}
