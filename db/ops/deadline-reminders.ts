import { localeName } from '@/lib/i18n/sync-translator';
import { requestLocale } from '@/lib/requests/reader-text';
import { and, eq, gt, inArray, lte, notExists, sql } from 'drizzle-orm';
import { formatInZone } from '@/lib/time/zoned-time';
import { handlerOf } from '@/lib/requests/invitations';
import { staffRequestUrl } from '@/lib/requests/status-link';
import { DEADLINE_REMINDER_MS, deadlineReminderDue } from '@/lib/requests/workflow';
import { writeTransaction, type Db } from '..';
import { enqueueMail } from './outbox';
import { interviewRequests, outboxMessages } from '../schema';

export const DEADLINE_REMINDER_KIND = 'request-deadline';

/**
 * E-mails the officer handling each request still waiting for an answer (or its press office desk)
 * 2 hours before the journalist's deadline, once: the reminder is an outbox row of its own kind, and
 * the check for it and the row are one transaction. Safe to run every minute and from several processes.
 */
export function queueDeadlineReminders(db: Db, now = new Date()): number {
  const candidates = db
    .select({
      id: interviewRequests.id,
      status: interviewRequests.status,
      deadlineAt: interviewRequests.deadlineAt,
      createdAt: interviewRequests.createdAt,
    })
    .from(interviewRequests)
    .where(
      and(
        inArray(interviewRequests.status, ['new', 'acknowledged']),
        gt(interviewRequests.deadlineAt, now),
        lte(interviewRequests.deadlineAt, new Date(now.getTime() + DEADLINE_REMINDER_MS)),
        notExists(
          db
            .select({ one: sql`1` })
            .from(outboxMessages)
            .where(
              and(eq(outboxMessages.requestId, interviewRequests.id), eq(outboxMessages.kind, DEADLINE_REMINDER_KIND)),
            ),
        ),
      ),
    )
    .all()
    .filter((r) => deadlineReminderDue(r, now));
  let queued = 0;
  for (const { id } of candidates) {
    writeTransaction(db, (tx) => {
      const sent = tx
        .select({ n: sql<number>`count(*)` })
        .from(outboxMessages)
        .where(and(eq(outboxMessages.requestId, id), eq(outboxMessages.kind, DEADLINE_REMINDER_KIND)))
        .get()!.n;
      const r = tx.select().from(interviewRequests).where(eq(interviewRequests.id, id)).get();
      if (sent > 0 || !r || !deadlineReminderDue(r, now)) return;
      const to = handlerOf(tx, id);
      const reference = r.reference ?? `#${r.id}`;
      const minutesLeft = Math.round((r.deadlineAt.getTime() - now.getTime()) / 60_000);
      enqueueMail(tx, [
        {
          kind: DEADLINE_REMINDER_KIND,
          to: to.email,
          replyTo: r.email,
          subject:
            `[${reference}] Deadline in ${minutesLeft >= 90 ? '2 hours' : `${minutesLeft} minutes`}: ${r.topic}`.slice(
              0,
              200,
            ),
          text: [
            `${r.journalistName} (${r.outlet}) has not had an answer yet, and their deadline is close.`,
            '',
            `Deadline: ${formatInZone(r.deadlineAt, r.deadlineTimeZone)} (${r.deadlineTimeZone}, the journalist's time)`,
            `Status: ${r.status === 'new' ? 'not acknowledged yet' : 'acknowledged, no interview scheduled'}`,
            ...(requestLocale(r.locale) === 'en' ? [] : [`Written in ${localeName(requestLocale(r.locale))}.`]),
            '',
            `Handle it here (sign in): ${staffRequestUrl(id)}`,
            `Replying to this e-mail writes to ${r.journalistName} at ${r.email}.`,
          ].join('\n'),
          requestId: id,
        },
      ]);
      queued++;
    });
  }
  return queued;
}
