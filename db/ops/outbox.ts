import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import { config } from '@/lib/config';
import { createMailer, sendMail, smtpUrl, type MailMessage } from '@/lib/mail/transport';
import { retryDelay } from '@/lib/mail/outbox-schedule';
import type { Db } from '..';
import { outboxMessages } from '../schema';
import { isBusyError } from '../write-lock';
import { OUTBOX_KICK_EVENT, processEvents } from './outbox-kick';

type Tx = Pick<Db, 'insert'>;

/** Queues mail inside the caller's transaction: it exists exactly when what caused it does. */
export function enqueueMail(tx: Tx, messages: (MailMessage & { kind: string; requestId?: number })[]) {
  if (messages.length === 0) return;
  tx.insert(outboxMessages)
    .values(
      messages.map((m) => ({
        kind: m.kind,
        to: m.to,
        subject: m.subject,
        text: m.text,
        replyTo: m.replyTo ?? null,
        calendar: m.calendar ?? null,
        requestId: m.requestId ?? null,
      })),
    )
    .run();
}

type Send = (message: MailMessage) => Promise<unknown>;

/**
 * Sends what is due, one message at a time, oldest first. A message becomes `sent` only
 * after the server accepted it; a failure schedules the next attempt and keeps the message.
 */
export async function deliverDue(
  db: Db,
  send: Send,
  { now = () => new Date(), limit = 50, maxBackoffMs = 15 * 60_000 } = {},
) {
  const due = db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.status, 'pending'), lte(outboxMessages.nextAttemptAt, now())))
    .orderBy(asc(outboxMessages.nextAttemptAt), asc(outboxMessages.id))
    .limit(limit)
    .all();
  let sent = 0;
  for (const message of due) {
    try {
      await send({
        to: message.to,
        subject: message.subject,
        text: message.text,
        replyTo: message.replyTo,
        calendar: message.calendar,
      });
      db.update(outboxMessages)
        .set({ status: 'sent', sentAt: now(), attempts: message.attempts + 1, lastError: null })
        .where(eq(outboxMessages.id, message.id))
        .run();
      sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      db.update(outboxMessages)
        .set({
          attempts,
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
          nextAttemptAt: new Date(now().getTime() + retryDelay(attempts, { maxMs: maxBackoffMs })),
        })
        .where(eq(outboxMessages.id, message.id))
        .run();
      // The server is likely down for everyone: leave the rest for the next round.
      break;
    }
  }
  return { sent, due: due.length };
}

export function outboxBacklog(db: Db) {
  return (
    db
      .select({ pending: sql<number>`count(*)`, oldest: sql<number | null>`min(${outboxMessages.createdAt})` })
      .from(outboxMessages)
      .where(eq(outboxMessages.status, 'pending'))
      .get() ?? { pending: 0, oldest: null }
  );
}

export type OutboxWorker = { kick: () => void; stop: () => Promise<void> };

/**
 * Runs inside the server process. Without SMTP_URL it does nothing: messages stay in the
 * outbox, readable by staff, until a server is configured and the app restarted.
 */
export function startOutboxWorker(getDb: () => Db, { pollMs = config().OUTBOX_POLL_MS } = {}): OutboxWorker {
  const url = smtpUrl();
  if (!url) return { kick: () => {}, stop: async () => {} };
  const mailer: Transporter = createMailer(url);
  const maxBackoffMs = config().OUTBOX_MAX_BACKOFF_MS;
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = deliverDue(getDb(), (m) => sendMail(mailer, m), { maxBackoffMs })
      .catch((error) =>
        // A write lock held elsewhere (a backup, a burst of requests) only delays the round: the next poll retries.
        isBusyError(error)
          ? console.warn(JSON.stringify({ level: 'warn', msg: 'outbox waiting for the write lock; retrying' }))
          : console.error(JSON.stringify({ level: 'error', msg: 'outbox delivery failed', error: String(error) })),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, pollMs);
  timer.unref();
  tick();
  const kick = () => void setImmediate(tick);
  processEvents.on(OUTBOX_KICK_EVENT, kick);
  return {
    kick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      processEvents.off(OUTBOX_KICK_EVENT, kick);
      await running;
      mailer.close();
    },
  };
}
