import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { config, publicUrl } from '@/lib/config';
import {
  canJournalistChange,
  historyMessage,
  journalistChangeNotice,
  type Change,
} from '@/lib/requests/journalist-change';
import { requestLocale } from '@/lib/requests/reader-text';
import type { RequestStatus } from '@/lib/requests/workflow';
import { writeTransaction, type Db } from '..';
import { enqueueMail } from '../ops/outbox';
import {
  cities,
  contacts,
  interviewRequestEvents,
  interviewRequests,
  outboxMessages,
  requestAssignments,
  requestReads,
} from '../schema';

export type JournalistChangeResult =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'closed'; status: RequestStatus };

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A change the journalist makes from their status link: the request, a history entry they see and an
 * e-mail to each address the press office was first told at (plus the assignee), in one transaction.
 * Refused once the request is scheduled or closed; the token is the only authority.
 */
export function applyJournalistChange(
  db: Db,
  token: string,
  change: (request: typeof interviewRequests.$inferSelect) => Change | null,
  now = new Date(),
): JournalistChangeResult {
  return writeTransaction(db, (tx) => {
    const r = tx
      .select()
      .from(interviewRequests)
      .where(eq(interviewRequests.tokenHash, hashOf(token)))
      .get();
    if (!r) return { ok: false, reason: 'unknown' };
    if (!canJournalistChange(r.status)) return { ok: false, reason: 'closed', status: r.status };
    const c = change(r);
    if (!c) return { ok: true, changed: false };

    const status: RequestStatus = c.kind === 'cancelled' ? 'cancelled' : r.status;
    tx.update(interviewRequests)
      .set({
        status,
        ...(c.kind === 'corrected' && c.deadline ? { deadlineAt: c.deadline.to } : {}),
        ...(c.kind === 'corrected' && c.questions ? { questions: c.questions.to } : {}),
        updatedAt: now,
      })
      .where(eq(interviewRequests.id, r.id))
      .run();
    tx.insert(interviewRequestEvents)
      .values({
        requestId: r.id,
        status,
        message: historyMessage(c, r.deadlineTimeZone, requestLocale(r.locale)),
        at: now,
      })
      .run();
    // What an officer read is no longer what the journalist asks: the request is new to everyone again.
    tx.delete(requestReads).where(eq(requestReads.requestId, r.id)).run();

    const firstTold = tx
      .selectDistinct({ to: outboxMessages.to })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.requestId, r.id), eq(outboxMessages.kind, 'request-staff')))
      .all()
      .map((m) => m.to);
    const assignee = tx
      .select({ email: contacts.email, deskEmail: cities.deskEmail })
      .from(requestAssignments)
      .innerJoin(contacts, eq(contacts.id, requestAssignments.contactId))
      .innerJoin(cities, eq(cities.id, contacts.cityId))
      .where(eq(requestAssignments.requestId, r.id))
      .get();
    const recipients = new Set(firstTold);
    if (assignee) recipients.add(assignee.email ?? assignee.deskEmail);
    if (recipients.size === 0) recipients.add(config().PRESS_OFFICE_EMAIL ?? 'press-office@localhost');
    const staffTimeZone =
      (r.cityId !== null && tx.select({ tz: cities.timeZone }).from(cities).where(eq(cities.id, r.cityId)).get()?.tz) ||
      r.deadlineTimeZone;
    const forStaff = {
      reference: r.reference ?? `#${r.id}`,
      requestUrl: `${publicUrl()}/requests/${r.id}`,
      journalistName: r.journalistName,
      outlet: r.outlet,
      topic: r.topic,
      deadlineTimeZone: r.deadlineTimeZone,
      staffTimeZone,
      locale: requestLocale(r.locale),
    };
    enqueueMail(
      tx,
      [...recipients].map((to) => ({ ...journalistChangeNotice(forStaff, c, to), requestId: r.id })),
    );
    return { ok: true, changed: true };
  });
}
