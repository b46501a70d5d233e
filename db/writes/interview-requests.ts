import { and, eq } from 'drizzle-orm';
import { canHandleRequest, type Actor, type InboxScope, type RequestReach } from '@/lib/auth/rules';
import { statusChangeNotice } from '@/lib/requests/emails';
import { canMoveTo, type RequestStatus } from '@/lib/requests/workflow';
import { writeAudit, type Tx } from './audit';
import { NotAllowedError } from './contacts';
import { writeTransaction, type Db } from '..';
import { enqueueMail } from '../ops/outbox';
import {
  contacts,
  interviewRequestAddressees,
  interviewRequestEvents,
  interviewRequests,
  requestAssignments,
  requestNotes,
} from '../schema';

/** What canHandleRequest needs to know about the actor, read fresh: a city moved by an admin counts at once. */
export function scopeOf(db: Db | Tx, actor: Actor): InboxScope {
  if (actor.contactId === null) return { actor, cityId: null, coversFor: [] };
  const cityId =
    db.select({ cityId: contacts.cityId }).from(contacts).where(eq(contacts.id, actor.contactId)).get()?.cityId ?? null;
  const coversFor = db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.delegateId, actor.contactId), eq(contacts.onLeave, true)))
    .all()
    .map((c) => c.id);
  return { actor, cityId, coversFor };
}

export function reachOf(
  db: Db | Tx,
  requestId: number,
): (RequestReach & { status: RequestStatus; reference: string }) | null {
  const r = db.select().from(interviewRequests).where(eq(interviewRequests.id, requestId)).get();
  if (!r) return null;
  const addresseeIds = db
    .select({ id: interviewRequestAddressees.contactId })
    .from(interviewRequestAddressees)
    .where(eq(interviewRequestAddressees.requestId, requestId))
    .all()
    .map((a) => a.id);
  const assigneeId =
    db
      .select({ id: requestAssignments.contactId })
      .from(requestAssignments)
      .where(eq(requestAssignments.requestId, requestId))
      .get()?.id ?? null;
  return { cityId: r.cityId, addresseeIds, assigneeId, status: r.status, reference: r.reference ?? `#${r.id}` };
}

function authorised(tx: Tx, actor: Actor, requestId: number) {
  const reach = reachOf(tx, requestId);
  if (!reach || !canHandleRequest(scopeOf(tx, actor), reach))
    throw new NotAllowedError(`${actor.email} may not handle request ${requestId}`);
  return reach;
}

/**
 * Moves a request one step, adds the step to the journalist's history, e-mails them through
 * the outbox and logs the change, all in one transaction.
 */
export function changeRequestStatus(
  db: Db,
  actor: Actor,
  requestId: number,
  status: RequestStatus,
  message: string,
  now = new Date(),
) {
  return db.transaction(
    (tx) => {
      const reach = authorised(tx, actor, requestId);
      if (!canMoveTo(reach.status, status)) return { ok: false as const, from: reach.status };
      const r = tx.select().from(interviewRequests).where(eq(interviewRequests.id, requestId)).get()!;
      tx.update(interviewRequests).set({ status, updatedAt: now }).where(eq(interviewRequests.id, requestId)).run();
      tx.insert(interviewRequestEvents).values({ requestId, status, message, at: now }).run();
      // The status link's token is stored only as a hash, so the e-mail points to the first message's link.
      const statusUrl = `the private link in our first e-mail about ${reach.reference}`;
      enqueueMail(tx, [
        {
          ...statusChangeNotice({ reference: reach.reference, statusUrl, email: r.email }, status, message),
          requestId,
        },
      ]);
      writeAudit(
        tx,
        actor,
        'request',
        requestId,
        reach.reference,
        [{ field: 'status', oldValue: reach.status, newValue: status }],
        now,
      );
      return { ok: true as const, from: reach.status };
    },
    { behavior: 'immediate' },
  );
}

/** Hands a request to a colleague, who then sees it in their inbox even outside their city. */
export function assignRequest(db: Db, actor: Actor, requestId: number, contactId: number, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const reach = authorised(tx, actor, requestId);
    const names = (id: number | null) =>
      id === null
        ? null
        : (tx.select({ n: contacts.fullName }).from(contacts).where(eq(contacts.id, id)).get()?.n ?? null);
    const colleague = tx.select().from(contacts).where(eq(contacts.id, contactId)).get();
    if (!colleague?.active) throw new NotAllowedError('Assign to an active colleague');
    if (reach.assigneeId === contactId) return;
    tx.insert(requestAssignments)
      .values({ requestId, contactId, assignedBy: actor.email, at: now })
      .onConflictDoUpdate({
        target: requestAssignments.requestId,
        set: { contactId, assignedBy: actor.email, at: now },
      })
      .run();
    writeAudit(
      tx,
      actor,
      'request',
      requestId,
      reach.reference,
      [{ field: 'assignee', oldValue: names(reach.assigneeId), newValue: colleague.fullName }],
      now,
    );
  });
}

export function addRequestNote(db: Db, actor: Actor, requestId: number, text: string, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const reach = authorised(tx, actor, requestId);
    tx.insert(requestNotes)
      .values({ requestId, authorId: actor.userId, authorEmail: actor.email, text, at: now })
      .run();
    writeAudit(
      tx,
      actor,
      'request',
      requestId,
      reach.reference,
      [{ field: 'note', oldValue: null, newValue: text }],
      now,
    );
  });
}
