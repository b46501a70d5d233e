import { and, eq } from 'drizzle-orm';
import { freshnessReminderMail } from '@/lib/auth/account-emails';
import { publicUrl } from '@/lib/config';
import { writeTransaction, type Db } from '..';
import { enqueueMail } from './outbox';
import { contacts, freshnessReminders, users } from '../schema';

export const FRESHNESS_DAYS = 90;
const DAY = 24 * 60 * 60 * 1000;

/** 0 while fresh; 1 in the first 90 days overdue, 2 in the next, and so on. Never confirmed counts as period 1. */
export function overduePeriod(confirmedAt: Date | null, now: Date): number {
  if (!confirmedAt) return 1;
  const days = (now.getTime() - confirmedAt.getTime()) / DAY;
  return days <= FRESHNESS_DAYS ? 0 : Math.floor(days / FRESHNESS_DAYS);
}

/**
 * Queues one reminder per overdue contact and period, to the contact's officer accounts
 * (or the contact's own e-mail when nobody has an account). Safe to run at every start
 * and on a timer: the reminder row and its e-mail are written in one transaction.
 */
export function queueFreshnessReminders(db: Db, now = new Date()): number {
  let queued = 0;
  const active = db.select().from(contacts).where(eq(contacts.active, true)).all();
  for (const c of active) {
    const period = overduePeriod(c.confirmedAt, now);
    if (period === 0) continue;
    const accounts = db
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.contactId, c.id), eq(users.role, 'officer')))
      .all();
    const recipients = accounts.length ? accounts.map((a) => a.email) : c.email ? [c.email] : [];
    if (recipients.length === 0) continue;
    writeTransaction(db, (tx) => {
      const inserted = tx
        .insert(freshnessReminders)
        .values({ contactId: c.id, confirmedAt: c.confirmedAt?.getTime() ?? 0, period, sentAt: now })
        .onConflictDoNothing()
        .returning()
        .all();
      if (inserted.length === 0) return;
      const daysSinceConfirmed = c.confirmedAt ? Math.floor((now.getTime() - c.confirmedAt.getTime()) / DAY) : null;
      enqueueMail(
        tx,
        recipients.map((to) =>
          freshnessReminderMail(to, { fullName: c.fullName, daysSinceConfirmed, link: `${publicUrl()}/me` }),
        ),
      );
      queued += recipients.length;
    });
  }
  return queued;
}
