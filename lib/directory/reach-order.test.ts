import { describe, expect, it } from 'vitest';
import type { HoursSlot, Leave } from './availability';
import {
  instantOf,
  nextRefreshAt,
  orderByReach,
  reachRank,
  secondsUntilRefresh,
  type ReachPerson,
} from './reach-order';

const weekdays = (start: string, end: string): HoursSlot[] => {
  const min = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: min(start), endMinute: min(end) }));
};
const noLeave: Leave = { onLeave: false, returnsOn: null };
type Named = ReachPerson & { name: string };
const person = (name: string, timeZone: string, hours: HoursSlot[], leave = noLeave): Named => ({
  name,
  timeZone,
  hours,
  leave,
});
const names = (xs: Named[]) => xs.map((x) => x.name);

describe('orderByReach', () => {
  // Monday 7 December 2026, 08:30 in Geneva = 07:30 UTC = 10:30 in Moscow = 15:30 in Kuala Lumpur.
  const monday = new Date('2026-12-07T07:30:00Z');

  it('puts the one person available now first, across time zones, then back soonest, then leave', () => {
    const people = [
      person('Anna (Geneva, 09:00)', 'Europe/Zurich', weekdays('09:00', '18:00')),
      person('Boris (Moscow, on leave)', 'Europe/Moscow', weekdays('09:00', '18:00'), {
        onLeave: true,
        returnsOn: '2026-12-21',
      }),
      person('Chen (KL, back 17:00)', 'Asia/Kuala_Lumpur', weekdays('17:00', '22:00')),
      person('Dmitri (Moscow, on duty)', 'Europe/Moscow', weekdays('09:00', '18:00')),
    ];
    expect(names(orderByReach(people, (p) => p, monday))).toEqual([
      'Dmitri (Moscow, on duty)',
      // Back in 30 minutes (08:00 UTC) beats back in 90 (17:00 in Kuala Lumpur = 09:00 UTC).
      'Anna (Geneva, 09:00)',
      'Chen (KL, back 17:00)',
      'Boris (Moscow, on leave)',
    ]);
  });

  it('keeps the given order within a group (stable)', () => {
    const zurich = weekdays('08:00', '18:00');
    const people = ['Zoe', 'Adam', 'Mia'].map((n) => person(n, 'Europe/Zurich', zurich));
    const away = ['Yan', 'Bea'].map((n) => person(n, 'Europe/Zurich', zurich, { onLeave: true, returnsOn: null }));
    expect(names(orderByReach([...away, ...people], (p) => p, monday))).toEqual(['Zoe', 'Adam', 'Mia', 'Yan', 'Bea']);
  });

  it('puts someone with no hours at all after everyone who will be back', () => {
    const people = [person('Never', 'Europe/Zurich', []), person('Later', 'Europe/Zurich', weekdays('20:00', '22:00'))];
    expect(names(orderByReach(people, (p) => p, monday))).toEqual(['Later', 'Never']);
  });

  it('measures "back soonest" in real time across a DST change', () => {
    // Saturday 28 March 2026, 23:00 UTC. Zurich springs forward at 02:00 local on Sunday 29 March (to 03:00).
    const at = new Date('2026-03-28T23:00:00Z'); // 00:00 Sunday in Zurich, 02:00 Sunday in Moscow
    const sunday = (start: number, end: number): HoursSlot[] => [{ weekday: 7, startMinute: start, endMinute: end }];
    // Zurich 04:00 CEST = 02:00 UTC (3 h away); Moscow 05:30 = 02:30 UTC (3.5 h away).
    // Counting wall-clock minutes would wrongly put Zurich at 4 h.
    const zurich = person('Zurich 04:00', 'Europe/Zurich', sunday(240, 600));
    const moscow = person('Moscow 05:30', 'Europe/Moscow', sunday(330, 600));
    expect(reachRank(at, zurich).wait).toBe(3 * 3_600_000);
    expect(names(orderByReach([moscow, zurich], (p) => p, at))).toEqual(['Zurich 04:00', 'Moscow 05:30']);
  });
});

describe('nextRefreshAt', () => {
  it('is the first shift boundary of anyone listed', () => {
    const now = new Date('2026-12-07T07:30:00Z'); // 08:30 Geneva, 10:30 Moscow
    const people = [
      person('G', 'Europe/Zurich', weekdays('09:00', '18:00')),
      person('M', 'Europe/Moscow', weekdays('09:00', '18:00')),
    ];
    // Geneva opens at 09:00 local = 08:00 UTC, before Moscow closes at 15:00 UTC.
    expect(nextRefreshAt(now, people)?.toISOString()).toBe('2026-12-07T08:00:00.000Z');
    expect(secondsUntilRefresh(now, people, 86_400)).toBe(30 * 60);
  });

  it('is the end of a shift for someone on duty, following a night shift split at midnight', () => {
    const night: HoursSlot[] = [
      { weekday: 1, startMinute: 22 * 60, endMinute: 1440 },
      { weekday: 2, startMinute: 0, endMinute: 6 * 60 },
    ];
    const now = new Date('2026-12-07T20:00:00Z'); // Monday 23:00 in Moscow
    expect(nextRefreshAt(now, [person('N', 'Europe/Moscow', night)])?.toISOString()).toBe('2026-12-08T03:00:00.000Z');
  });

  it('is local midnight of the return date for someone on leave', () => {
    const now = new Date('2026-12-07T07:30:00Z');
    const away = person('L', 'Asia/Kolkata', weekdays('09:00', '18:00'), { onLeave: true, returnsOn: '2026-12-21' });
    // Midnight in Kolkata (UTC+5:30) is 18:30 UTC the day before.
    expect(nextRefreshAt(now, [away])?.toISOString()).toBe('2026-12-20T18:30:00.000Z');
  });

  it('follows the wall clock over a DST change', () => {
    // Friday 23 October 2026, 20:00 UTC = 22:00 in Zurich (CEST). Clocks go back on Sunday 25 October.
    const now = new Date('2026-10-23T20:00:00Z');
    const monday = person('Z', 'Europe/Zurich', [{ weekday: 1, startMinute: 9 * 60, endMinute: 17 * 60 }]);
    // Monday 26 October 09:00 is CET (UTC+1): 08:00 UTC, not 07:00.
    expect(nextRefreshAt(now, [monday])?.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('is null when nothing ever changes, and the cache lifetime is then the maximum', () => {
    const now = new Date('2026-12-07T07:30:00Z');
    const always: HoursSlot[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 }));
    const people = [
      person('A', 'Europe/Zurich', always),
      person('B', 'Europe/Zurich', [], { onLeave: true, returnsOn: null }),
    ];
    expect(nextRefreshAt(now, people)).toBeNull();
    expect(secondsUntilRefresh(now, people, 3600)).toBe(3600);
  });
});

describe('instantOf', () => {
  it('reads 24:00 as the next midnight', () => {
    const now = new Date('2026-12-07T07:30:00Z');
    expect(instantOf(now, 'Europe/Moscow', { dayOffset: 0, weekday: 1, minute: 1440 })?.toISOString()).toBe(
      '2026-12-07T21:00:00.000Z',
    );
  });
});
