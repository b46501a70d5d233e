import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { overduePeriod, queueFreshnessReminders } from './freshness-reminders';
import { openDatabase } from '..';
import { contacts, outboxMessages, users } from '../schema';
import { seedDemoData } from '../seed';

const DAY = 24 * 60 * 60 * 1000;

describe('queueFreshnessReminders', () => {
  it('reminds each overdue contact once per period, to their officer account', () => {
    const db = openDatabase(':memory:');
    const now = new Date('2026-11-28T08:00:00Z');
    seedDemoData(db, now);
    const peter = db.select().from(contacts).where(eq(contacts.slug, 'peter-otieno')).get()!;
    db.insert(users)
      .values({ id: 'p', name: 'Peter', email: 'peter.officer@example.org', role: 'officer', contactId: peter.id })
      .run();

    // The demo has Peter Otieno (95 days) and Jonas Weber (130 days) overdue.
    expect(queueFreshnessReminders(db, now)).toBe(2);
    const mail = db.select().from(outboxMessages).all();
    expect(mail.map((m) => m.to).sort()).toEqual(['jonas.weber@example.org', 'peter.officer@example.org']);
    expect(mail.find((m) => m.to === 'peter.officer@example.org')!.text).toContain('last confirmed 95 days ago');

    // A restart the next day sends nothing new.
    expect(queueFreshnessReminders(db, new Date(now.getTime() + DAY))).toBe(0);
    // Confirming and then falling overdue again starts a new reminder.
    db.update(contacts)
      .set({ confirmedAt: new Date(now.getTime() - 91 * DAY) })
      .where(eq(contacts.id, peter.id))
      .run();
    expect(queueFreshnessReminders(db, new Date(now.getTime() + 2 * DAY))).toBe(1);
  });
});

describe('overduePeriod', () => {
  it('counts 90-day periods after the last confirmation', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(overduePeriod(new Date(now.getTime() - 90 * DAY), now)).toBe(0);
    expect(overduePeriod(new Date(now.getTime() - 91 * DAY), now)).toBe(1);
    expect(overduePeriod(new Date(now.getTime() - 181 * DAY), now)).toBe(2);
    expect(overduePeriod(null, now)).toBe(1);
  });
});
