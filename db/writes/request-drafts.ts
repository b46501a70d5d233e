import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import { writeTransaction, type Db } from '..';
import { interviewRequestDrafts } from '../schema';
import type { RequestFormState } from '@/lib/requests/form-state';

/** How long a refused no-JS request is kept for the journalist to fix it. */
export const DRAFT_LIFETIME_MS = 60 * 60_000;

export type RefusedState = Exclude<RequestFormState, { status: 'idle' }>;
export type RequestDraft = { target: 'contact' | 'city' | 'release'; targetId: number; state: RefusedState };

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/**
 * Keeps a refused request for the page that shows it again; returns the link's token. The draft it
 * replaces (the journalist fixing it a second time) goes in the same statement group.
 */
export function saveRequestDraft(db: Db, draft: RequestDraft, replacing: string | undefined, now = new Date()): string {
  const token = randomBytes(24).toString('base64url');
  writeTransaction(db, (tx) => {
    if (replacing && TOKEN.test(replacing))
      tx.delete(interviewRequestDrafts)
        .where(eq(interviewRequestDrafts.tokenHash, hash(replacing)))
        .run();
    tx.insert(interviewRequestDrafts)
      .values({
        tokenHash: hash(token),
        target: draft.target,
        targetId: draft.targetId,
        state: JSON.stringify(draft.state),
        createdAt: now,
      })
      .run();
  });
  return token;
}

/** The draft behind a link, while it lasts; null for an unknown, malformed or expired token. */
export function getRequestDraft(db: Db, token: string, now = new Date()): RequestDraft | null {
  if (!TOKEN.test(token)) return null;
  const row = db
    .select()
    .from(interviewRequestDrafts)
    .where(
      and(
        eq(interviewRequestDrafts.tokenHash, hash(token)),
        gt(interviewRequestDrafts.createdAt, new Date(now.getTime() - DRAFT_LIFETIME_MS)),
      ),
    )
    .get();
  if (!row) return null;
  try {
    return { target: row.target, targetId: row.targetId, state: JSON.parse(row.state) as RefusedState };
  } catch {
    return null;
  }
}

/** Once the request it held has been sent. */
export function deleteRequestDraft(db: Db, token: string): void {
  if (TOKEN.test(token))
    db.delete(interviewRequestDrafts)
      .where(eq(interviewRequestDrafts.tokenHash, hash(token)))
      .run();
}

/** Drops every draft past its hour (run every 10 minutes with the rate-limit sweep). */
export function sweepRequestDrafts(db: Db, now = new Date()): number {
  return db
    .delete(interviewRequestDrafts)
    .where(lte(interviewRequestDrafts.createdAt, new Date(now.getTime() - DRAFT_LIFETIME_MS)))
    .run().changes;
}
