import { and, eq, isNotNull } from 'drizzle-orm';
import { nextRefreshAt, type ReachPerson } from '@/lib/directory/reach-order';
import type { Db } from '..';
import { cities, contactHours, contacts } from '../schema';

/**
 * The next moment anyone listed starts or ends a shift, or comes back from leave: every public page
 * that shows a status (in its HTML, lib/directory/reach-order.ts) must be made again then. Read as
 * distinct (zone, slot) and (zone, return date) pairs, so it stays a small query at 100,000 contacts.
 */
export function nextDirectoryChange(db: Db, now: Date): Date | null {
  const slots = db
    .selectDistinct({
      timeZone: cities.timeZone,
      weekday: contactHours.weekday,
      startMinute: contactHours.startMinute,
      endMinute: contactHours.endMinute,
    })
    .from(contactHours)
    .innerJoin(contacts, eq(contacts.id, contactHours.contactId))
    .innerJoin(cities, eq(cities.id, contacts.cityId))
    .where(eq(contacts.active, true))
    .all();
  const returns = db
    .selectDistinct({ timeZone: cities.timeZone, returnsOn: contacts.leaveReturnsOn })
    .from(contacts)
    .innerJoin(cities, eq(cities.id, contacts.cityId))
    .where(and(eq(contacts.active, true), eq(contacts.onLeave, true), isNotNull(contacts.leaveReturnsOn)))
    .all();
  // One slot a person: its start and its end both count (a back-to-back shift's join only adds a harmless refresh).
  const people: ReachPerson[] = [
    ...slots.map(({ timeZone, ...slot }) => ({ timeZone, hours: [slot], leave: { onLeave: false, returnsOn: null } })),
    ...returns.map(({ timeZone, returnsOn }) => ({ timeZone, hours: [], leave: { onLeave: true, returnsOn } })),
  ];
  return nextRefreshAt(now, people);
}

export type RefreshTimer = {
  stop: () => void;
  /** When the next refresh is due (ms since the epoch; Infinity when nobody's status ever changes). */
  nextRefreshAt: () => number;
};

/**
 * Calls `refresh` a second after each change found by `nextDirectoryChange`, looking again at least
 * every `maxWaitMs` (hours edited since are picked up; the edit itself already refreshed its pages).
 */
export function startAvailabilityRefresh(
  db: () => Db,
  refresh: () => Promise<void>,
  {
    maxWaitMs = 10 * 60_000,
    nextChange = nextDirectoryChange,
  }: { maxWaitMs?: number; nextChange?: (db: Db, now: Date) => Date | null } = {},
): RefreshTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let upcoming = Infinity;
  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    let due: number | null = null;
    try {
      due = (nextChange(db(), new Date(now))?.getTime() ?? Infinity) + 1000;
    } catch (error) {
      console.error('Could not work out the next change of availability:', error);
    }
    // Unknown (the query failed): as if due now, so that nothing is kept on its account.
    upcoming = due ?? now;
    const wait = due === null ? maxWaitMs : Math.min(maxWaitMs, Math.max(0, due - now));
    timer = setTimeout(async () => {
      if (due !== null && Date.now() >= due) {
        await refresh().catch((error: unknown) => console.error('Could not refresh the public pages:', error));
      }
      schedule();
    }, wait);
    timer.unref();
  };
  schedule();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
    nextRefreshAt: () => upcoming,
  };
}
