import { and, eq } from 'drizzle-orm';
import { canHandleRequest, type Actor, type InboxScope, type RequestReach } from '@/lib/auth/rules';
import { statusChangeNotice } from '@/lib/requests/emails';
import { FORMAT_LABELS } from '@/lib/requests/fields';
import { newInterviewUid, queueCancellation, queueInvitation } from '@/lib/requests/invitations';
import type { ScheduleInput } from '@/lib/requests/schedule';
import type { Locale } from '@/lib/i18n/locales';
import { syncTranslatorFor } from '@/lib/i18n/sync-translator';
import { formatForReader, formatLabel, requestLocale } from '@/lib/requests/reader-text';
import { statusLinkOrHint } from '@/lib/requests/status-link';
import {
  assigneeAfter,
  canMoveTo,
  canReopen,
  canReschedule,
  REOPENED_STATUS,
  type RequestStatus,
} from '@/lib/requests/workflow';
import { formatInZone } from '@/lib/time/zoned-time';
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
  requestInterviews,
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

function contactName(tx: Tx, id: number | null) {
  return id === null
    ? null
    : (tx.select({ n: contacts.fullName }).from(contacts).where(eq(contacts.id, id)).get()?.n ?? null);
}

/** Acknowledging or scheduling makes the officer who did it the assignee, unless someone already is. */
function assignIfNobody(
  tx: Tx,
  actor: Actor,
  reach: { assigneeId: number | null; reference: string },
  requestId: number,
  step: RequestStatus,
  now: Date,
) {
  const next = assigneeAfter(step, reach.assigneeId, actor.contactId);
  if (next === null || next === reach.assigneeId) return;
  tx.insert(requestAssignments).values({ requestId, contactId: next, assignedBy: actor.email, at: now }).run();
  writeAudit(
    tx,
    actor,
    'request',
    requestId,
    reach.reference,
    [{ field: 'assignee', oldValue: null, newValue: contactName(tx, next) }],
    now,
  );
  reach.assigneeId = next;
}

/** The step in the journalist's history, its e-mail (with their status link) and the audit row. */
function recordStep(
  tx: Tx,
  actor: Actor,
  requestId: number,
  reach: { status: RequestStatus; reference: string },
  status: RequestStatus,
  message: string,
  now: Date,
  mail: 'notice' | 'none' = 'notice',
) {
  const r = tx.select().from(interviewRequests).where(eq(interviewRequests.id, requestId)).get()!;
  tx.update(interviewRequests).set({ status, updatedAt: now }).where(eq(interviewRequests.id, requestId)).run();
  tx.insert(interviewRequestEvents).values({ requestId, status, message, at: now }).run();
  if (mail === 'notice') {
    const locale = requestLocale(r.locale);
    const statusUrl = statusLinkOrHint(r.statusTokenSealed, reach.reference, locale);
    enqueueMail(tx, [
      {
        ...statusChangeNotice({ reference: reach.reference, statusUrl, email: r.email, locale }, status, message),
        requestId,
      },
    ]);
  }
  writeAudit(
    tx,
    actor,
    'request',
    requestId,
    reach.reference,
    [{ field: 'status', oldValue: reach.status, newValue: status }],
    now,
  );
}

/**
 * Moves a request one step (not to "scheduled": that needs a time, see scheduleInterview), adds the step
 * to the journalist's history, e-mails them through the outbox and logs the change, all in one
 * transaction. Declining a scheduled interview also cancels it in both calendars.
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
      if (status === 'scheduled' || !canMoveTo(reach.status, status)) return { ok: false as const, from: reach.status };
      if (status === 'declined') queueCancellation(tx, requestId, message, now);
      assignIfNobody(tx, actor, reach, requestId, status, now);
      recordStep(tx, actor, requestId, reach, status, message, now);
      return { ok: true as const, from: reach.status };
    },
    { behavior: 'immediate' },
  );
}

export type ScheduleResult =
  { ok: true; kind: 'invite' | 'update' } | { ok: false; from: RequestStatus; unchanged?: true };

/** "Tue, 1 Dec 2026, 10:00 (Europe/Moscow), phone call, 30 minutes" for the audit (English). */
function interviewLine(i: ScheduleInput) {
  return `${formatInZone(i.startsAt, i.timeZone)} (${i.timeZone}), ${FORMAT_LABELS[i.format].toLowerCase()}, ${i.minutes} minutes: ${i.location}`;
}

/** The same line for the journalist's history, in the request's language. */
function historyLine(i: ScheduleInput, locale: Locale) {
  return syncTranslatorFor(locale)('RequestStatus.history.interviewLine', {
    when: formatForReader(i.startsAt, i.timeZone, locale),
    zone: i.timeZone,
    format: formatLabel(i.format, locale).toLocaleLowerCase(locale),
    minutes: i.minutes,
    location: i.location,
  });
}

const slotKey = (i: Omit<ScheduleInput, 'message'>) =>
  JSON.stringify([i.startsAt.getTime(), i.timeZone, i.minutes, i.format, i.location]);

/**
 * Schedules the interview of an acknowledged request, or moves the one already scheduled: stores the
 * time, adds the step to the history, and queues the calendar invitation (or its update, SEQUENCE + 1)
 * for the journalist and the officer who handles it (assigned now if nobody was).
 */
export function scheduleInterview(
  db: Db,
  actor: Actor,
  requestId: number,
  input: ScheduleInput,
  now = new Date(),
): ScheduleResult {
  return writeTransaction(db, (tx): ScheduleResult => {
    const reach = authorised(tx, actor, requestId);
    const moving = canReschedule(reach.status);
    if (!moving && !canMoveTo(reach.status, 'scheduled')) return { ok: false, from: reach.status };
    const { message, ...slot } = input;
    const before = tx.select().from(requestInterviews).where(eq(requestInterviews.requestId, requestId)).get();
    // "Move" with nothing changed would only send everyone a pointless update.
    if (moving && before && slotKey(before) === slotKey(slot))
      return { ok: false, from: reach.status, unchanged: true };
    assignIfNobody(tx, actor, reach, requestId, 'scheduled', now);
    if (before)
      // Scheduled again after a cancellation, or moved: the same calendar event, a later version.
      tx.update(requestInterviews)
        .set({ ...slot, sequence: before.sequence + 1 })
        .where(eq(requestInterviews.requestId, requestId))
        .run();
    else
      tx.insert(requestInterviews)
        .values({ requestId, ...slot, uid: newInterviewUid(requestId), sequence: 0 })
        .run();
    const line = interviewLine(input);
    const locale = requestLocale(
      tx
        .select({ locale: interviewRequests.locale })
        .from(interviewRequests)
        .where(eq(interviewRequests.id, requestId))
        .get()?.locale,
    );
    const t = syncTranslatorFor(locale);
    const step = t(moving ? 'RequestStatus.history.interviewMoved' : 'RequestStatus.history.interview', {
      line: historyLine(input, locale),
    });
    const history = [step, message].filter(Boolean).join('\n');
    if (moving) {
      tx.insert(interviewRequestEvents).values({ requestId, status: 'scheduled', message: history, at: now }).run();
      tx.update(interviewRequests).set({ updatedAt: now }).where(eq(interviewRequests.id, requestId)).run();
    } else recordStep(tx, actor, requestId, reach, 'scheduled', history, now, 'none');
    writeAudit(
      tx,
      actor,
      'request',
      requestId,
      reach.reference,
      [
        {
          field: 'interview',
          oldValue: before ? interviewLine({ ...before, message: '' }) : null,
          newValue: line,
        },
      ],
      now,
    );
    const kind = moving ? 'update' : 'invite';
    queueInvitation(tx, requestId, kind, message, now);
    return { ok: true, kind };
  });
}

/** Opens a done or declined request again, with the reason in its history (the journalist sees it). */
export function reopenRequest(db: Db, actor: Actor, requestId: number, reason: string, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const reach = authorised(tx, actor, requestId);
    if (!canReopen(reach.status)) return { ok: false as const, from: reach.status };
    const locale = requestLocale(
      tx
        .select({ locale: interviewRequests.locale })
        .from(interviewRequests)
        .where(eq(interviewRequests.id, requestId))
        .get()?.locale,
    );
    const line = syncTranslatorFor(locale)('RequestStatus.history.reopened', { reason });
    recordStep(tx, actor, requestId, reach, REOPENED_STATUS, line, now);
    return { ok: true as const, from: reach.status };
  });
}

/** Hands a request to a colleague, who then sees it in their inbox even outside their city. */
export function assignRequest(db: Db, actor: Actor, requestId: number, contactId: number, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const reach = authorised(tx, actor, requestId);
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
      [{ field: 'assignee', oldValue: contactName(tx, reach.assigneeId), newValue: colleague.fullName }],
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
