import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb, writeTransaction, type Db } from '@/db';
import { enqueueMail } from '@/db/ops/outbox';
import {
  cities,
  contacts,
  interviewRequestAddressees,
  interviewRequests,
  requestAssignments,
  requestInterviews,
} from '@/db/schema';
import type { Tx } from '@/db/writes/audit';
import { config, publicUrl } from '../config';
import { formatInZone } from '../time/zoned-time';
import { interviewCalendar } from './calendar';
import { FORMAT_LABELS } from './fields';
import { formatForReader, formatLabel, requestLocale } from './reader-text';
import { localeName, syncTranslatorFor } from '../i18n/sync-translator';
import { staffRequestUrl, statusLinkOrHint } from './status-link';

/**
 * Every calendar e-mail about a scheduled interview goes out from here, queued in the caller's
 * transaction through the outbox (decision 0006): the invitation when it is scheduled, the update
 * (same UID, SEQUENCE + 1) when it moves, the cancellation when it is called off. Decision 0068.
 */

export function newInterviewUid(requestId: number): string {
  const host = new URL(publicUrl()).hostname || 'pressline';
  return `interview-${requestId}-${randomBytes(6).toString('hex')}@${host}`;
}

/** The officer who handles it (its assignee), or the press office desk when nobody is assigned. */
export function handlerOf(tx: Tx | Db, requestId: number): { name: string; email: string } {
  const assignee = tx
    .select({ name: contacts.fullName, email: contacts.email, desk: cities.deskEmail, city: cities.name })
    .from(requestAssignments)
    .innerJoin(contacts, eq(contacts.id, requestAssignments.contactId))
    .innerJoin(cities, eq(cities.id, contacts.cityId))
    .where(eq(requestAssignments.requestId, requestId))
    .get();
  if (assignee) return { name: assignee.name, email: assignee.email ?? assignee.desk };
  const desk =
    tx
      .select({ name: cities.name, email: cities.deskEmail })
      .from(interviewRequests)
      .innerJoin(cities, eq(cities.id, interviewRequests.cityId))
      .where(eq(interviewRequests.id, requestId))
      .get() ??
    tx
      .select({ name: cities.name, email: cities.deskEmail })
      .from(interviewRequestAddressees)
      .innerJoin(contacts, eq(contacts.id, interviewRequestAddressees.contactId))
      .innerJoin(cities, eq(cities.id, contacts.cityId))
      .where(eq(interviewRequestAddressees.requestId, requestId))
      .get();
  if (desk) return { name: `${desk.name} press office`, email: desk.email };
  return { name: 'Press office', email: config().PRESS_OFFICE_EMAIL ?? 'press-office@localhost' };
}

const SUBJECTS = { invite: 'Interview scheduled', update: 'Interview moved', cancel: 'Interview cancelled' } as const;
export type InvitationKind = keyof typeof SUBJECTS;

/**
 * Queues the calendar e-mail for the interview as it is stored now (the caller has written the new
 * time or raised the sequence): one to the journalist, one to the officer who handles the request.
 */
export function queueInvitation(tx: Tx, requestId: number, kind: InvitationKind, message = '', now = new Date()) {
  const r = tx.select().from(interviewRequests).where(eq(interviewRequests.id, requestId)).get();
  const interview = tx.select().from(requestInterviews).where(eq(requestInterviews.requestId, requestId)).get();
  if (!r || !interview) return false;
  const reference = r.reference ?? `#${r.id}`;
  const officer = handlerOf(tx, requestId);
  // Each gets their own copy of the same event (UID, SEQUENCE). The journalist's, like every e-mail to
  // an address nobody confirmed, carries nothing the requester typed (lib/requests/emails.ts).
  const locale = requestLocale(r.locale);
  const t = syncTranslatorFor(locale);
  const calendarFor = (summary: string, journalistName: string, forJournalist: boolean) =>
    interviewCalendar(
      {
        ...interview,
        summary: summary.slice(0, 250),
        description: forJournalist ? t('Mail.interview.eventRequest', { reference }) : `Request ${reference}.`,
        locale: forJournalist ? locale : 'en',
        organizer: officer,
        journalist: { name: journalistName, email: r.email },
        officer,
        stamp: now,
      },
      kind === 'cancel' ? 'CANCEL' : 'REQUEST',
    );
  const journalistTime = (zone: string) => `${formatInZone(interview.startsAt, zone)} (${zone})`;
  const when = [journalistTime(interview.timeZone)];
  if (r.deadlineTimeZone !== interview.timeZone) when.push(`${journalistTime(r.deadlineTimeZone)}, your time`);
  const details = [
    `When: ${when.join(' = ')}`,
    `How: ${FORMAT_LABELS[interview.format]}, ${interview.minutes} minutes`,
    `Where or how: ${interview.location}`,
  ];
  const verb = { invite: 'is scheduled', update: 'has moved', cancel: 'is cancelled' }[kind];
  // The journalist's copy in the language they wrote in; the officer's stays English.
  const readerTime = (zone: string) => `${formatForReader(interview.startsAt, zone, locale)} (${zone})`;
  const readerWhen = [readerTime(interview.timeZone)];
  if (r.deadlineTimeZone !== interview.timeZone)
    readerWhen.push(t('Mail.interview.yourTime', { when: readerTime(r.deadlineTimeZone) }));
  enqueueMail(tx, [
    {
      kind: `interview-${kind}`,
      to: r.email,
      subject: t('Mail.interview.subject', { reference, kind }),
      text: [
        t('Mail.hello'),
        '',
        t('Mail.interview.intro', { reference, kind }),
        t('Mail.interview.when', { when: readerWhen.join(' = ') }),
        t('Mail.interview.how', { format: formatLabel(interview.format, locale), minutes: interview.minutes }),
        t('Mail.interview.where', { location: interview.location }),
        message ? `\n${message}\n` : '',
        kind === 'cancel' ? t('Mail.interview.calendarRemoves') : t('Mail.interview.calendarAdds'),
        t('Mail.interview.follow', { url: statusLinkOrHint(r.statusTokenSealed, reference, locale) }),
      ].join('\n'),
      calendar: calendarFor(t('Mail.interview.summary', { officer: officer.name, reference }), r.email, true),
      requestId,
    },
    {
      kind: `interview-${kind}-staff`,
      to: officer.email,
      replyTo: r.email,
      subject: `[${reference}] ${SUBJECTS[kind]}: ${r.topic}`.slice(0, 200),
      text: [
        `The interview with ${r.journalistName} (${r.outlet}) ${verb}.`,
        ...details,
        message ? `\nMessage to the journalist:\n${message}\n` : '',
        locale === 'en' ? null : `The journalist's copy is in ${localeName(locale)}.`,
        `Handle it here (sign in): ${staffRequestUrl(requestId)}`,
        `Replying to this e-mail writes to ${r.journalistName} at ${r.email}.`,
      ]
        .filter((l) => l !== null)
        .join('\n'),
      calendar: calendarFor(
        `Interview: ${r.journalistName}, ${r.outlet} — ${r.topic} (${reference})`,
        `${r.journalistName}, ${r.outlet}`,
        false,
      ),
      requestId,
    },
  ]);
  return true;
}

/**
 * Calls off a scheduled interview in everyone's calendar (METHOD:CANCEL, SEQUENCE + 1), inside the
 * caller's transaction. Does nothing when the request has no interview or is not scheduled: call it
 * before changing the request's status.
 */
export function queueCancellation(tx: Tx, requestId: number, message = '', now = new Date()): boolean {
  const r = tx
    .select({ status: interviewRequests.status })
    .from(interviewRequests)
    .where(eq(interviewRequests.id, requestId))
    .get();
  const interview = tx.select().from(requestInterviews).where(eq(requestInterviews.requestId, requestId)).get();
  if (r?.status !== 'scheduled' || !interview) return false;
  tx.update(requestInterviews)
    .set({ sequence: interview.sequence + 1 })
    .where(eq(requestInterviews.requestId, requestId))
    .run();
  return queueInvitation(tx, requestId, 'cancel', message, now);
}

/** The same, in a transaction of its own: for a path that has none (the journalist cancelling). */
export function sendCancellation(requestId: number, message = '', { db = getDb(), now = new Date() } = {}) {
  return writeTransaction(db, (tx) => queueCancellation(tx, requestId, message, now));
}
