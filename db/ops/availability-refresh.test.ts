import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDb, getDb } from '@/db';
import { seedDemoData } from '@/db/seed';
import { nextDirectoryChange, startAvailabilityRefresh } from './availability-refresh';

describe('nextDirectoryChange', () => {
  let outer: string | undefined;
  beforeAll(() => {
    outer = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'file::memory:';
    closeDb();
    seedDemoData(getDb());
    const db = getDb().$client;
    // Only two people keep hours, so the expected moments can be worked out by hand.
    db.prepare(
      "delete from contact_hours where contact_id not in (select id from contacts where slug in ('ayuna-batoeva', 'marie-claudet'))",
    ).run();
    db.prepare("update contacts set on_leave = 0, leave_returns_on = null where slug != 'jonas-weber'").run();
    db.prepare("update contacts set leave_returns_on = '2026-12-22' where slug = 'jonas-weber'").run();
  });
  afterAll(() => {
    closeDb();
    process.env.DATABASE_URL = outer;
  });

  it('is the next shift start or end of anyone listed, in their own city', () => {
    // Monday 7 December 2026, 06:00 UTC: 09:00 in Moscow (Ayuna, 09:00–19:00) has passed; Marie (Geneva) starts 08:30 =
    // 07:30 UTC.
    expect(nextDirectoryChange(getDb(), new Date('2026-12-07T06:00:00Z'))?.toISOString()).toBe(
      '2026-12-07T07:30:00.000Z',
    );
    // After that, Ayuna's 19:00 Moscow = 16:00 UTC comes before Marie's 18:00 Geneva = 17:00 UTC.
    expect(nextDirectoryChange(getDb(), new Date('2026-12-07T07:30:00Z'))?.toISOString()).toBe(
      '2026-12-07T16:00:00.000Z',
    );
  });

  it('counts a return from leave, at midnight in the city', () => {
    // Friday evening: Ayuna's Monday 09:00 in Moscow comes before Jonas's return on Tuesday 22 December…
    expect(nextDirectoryChange(getDb(), new Date('2026-12-18T20:00:00Z'))?.toISOString()).toBe(
      '2026-12-21T06:00:00.000Z',
    );
    // …but with the weekday hours gone it is: midnight in Geneva.
    getDb().$client.prepare('delete from contact_hours').run();
    expect(nextDirectoryChange(getDb(), new Date('2026-12-18T20:00:00Z'))?.toISOString()).toBe(
      '2026-12-21T23:00:00.000Z',
    );
  });
});

describe('startAvailabilityRefresh', () => {
  it('refreshes a second after the change, then looks again', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T07:29:00Z') });
    const calls: string[] = [];
    const at = new Date('2026-12-07T07:30:00Z');
    const db = { fake: true } as never;
    const changes = vi.fn(() => (Date.now() < at.getTime() ? at : null));
    const timer = startAvailabilityRefresh(
      () => db,
      async () => void calls.push(new Date().toISOString()),
      { maxWaitMs: 10 * 60_000, nextChange: changes },
    );
    expect(new Date(timer.nextRefreshAt()).toISOString()).toBe('2026-12-07T07:30:01.000Z');
    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toEqual(['2026-12-07T07:30:01.000Z']);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(calls).toHaveLength(1);
    expect(timer.nextRefreshAt()).toBe(Infinity);
    timer.stop();
    vi.useRealTimers();
  });
});
