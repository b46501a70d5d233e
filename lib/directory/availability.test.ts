import { describe, expect, it } from 'vitest';
import { availabilityAt, describeAvailability, describeWeek, localNow, type HoursSlot } from './availability';

const officeHours: HoursSlot[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  startMinute: 9 * 60,
  endMinute: 18 * 60,
}));
const noLeave = { onLeave: false, returnsOn: null };

describe('localNow', () => {
  it('reads the wall clock of the city, not of the server', () => {
    // 06:30 UTC on Monday 6 December 2021 is 09:30 in Moscow and 07:30 in Geneva.
    const at = new Date('2021-12-06T06:30:00Z');
    expect(localNow(at, 'Europe/Moscow')).toEqual({ date: '2021-12-06', weekday: 1, minute: 9 * 60 + 30 });
    expect(localNow(at, 'Europe/Zurich')).toEqual({ date: '2021-12-06', weekday: 1, minute: 7 * 60 + 30 });
  });

  it('crosses the date line', () => {
    // Sunday 23:30 UTC is already Monday morning in Kuala Lumpur.
    expect(localNow(new Date('2026-11-29T23:30:00Z'), 'Asia/Kuala_Lumpur')).toEqual({
      date: '2026-11-30',
      weekday: 1,
      minute: 7 * 60 + 30,
    });
  });
});

describe('availabilityAt', () => {
  it('is available inside office hours in the city time zone', () => {
    const a = availabilityAt(new Date('2021-12-06T06:30:00Z'), 'Europe/Moscow', officeHours, noLeave);
    expect(a).toEqual({ kind: 'available', until: { dayOffset: 0, weekday: 1, minute: 18 * 60 } });
    expect(describeAvailability(a)).toBe('Available now, until 18:00');
  });

  it('is off before opening, back the same day', () => {
    const a = availabilityAt(new Date('2021-12-06T06:30:00Z'), 'Europe/Zurich', officeHours, noLeave);
    expect(describeAvailability(a)).toBe('Off hours, back at 09:00');
  });

  it('on Friday evening points to Monday', () => {
    const a = availabilityAt(new Date('2021-12-10T19:00:00Z'), 'Europe/Zurich', officeHours, noLeave);
    expect(a).toEqual({ kind: 'off', next: { dayOffset: 3, weekday: 1, minute: 540 } });
    expect(describeAvailability(a)).toBe('Off hours, back Monday 09:00');
  });

  it('follows the city across a DST change', () => {
    // Zurich switches to summer time on 29 March 2026: 08:30 UTC is 09:30 local before, 10:30 after.
    const hours: HoursSlot[] = [
      { weekday: 5, startMinute: 10 * 60, endMinute: 11 * 60 },
      { weekday: 1, startMinute: 10 * 60, endMinute: 11 * 60 },
    ];
    expect(availabilityAt(new Date('2026-03-27T08:30:00Z'), 'Europe/Zurich', hours, noLeave).kind).toBe('off');
    expect(availabilityAt(new Date('2026-03-30T08:30:00Z'), 'Europe/Zurich', hours, noLeave).kind).toBe('available');
    // Moscow has no DST: the same UTC instant is 11:30 there on both days.
    expect(availabilityAt(new Date('2026-03-30T08:30:00Z'), 'Europe/Moscow', hours, noLeave).kind).toBe('off');
  });

  it('joins a night shift split at midnight', () => {
    const night: HoursSlot[] = [
      { weekday: 1, startMinute: 22 * 60, endMinute: 1440 },
      { weekday: 2, startMinute: 0, endMinute: 6 * 60 },
    ];
    const a = availabilityAt(new Date('2021-12-06T20:00:00Z'), 'Europe/Moscow', night, noLeave); // 23:00 Monday
    expect(describeAvailability(a)).toBe('Available now, until tomorrow 06:00');
  });

  it('knows round-the-clock duty', () => {
    const always: HoursSlot[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 }));
    expect(describeAvailability(availabilityAt(new Date(), 'Africa/Nairobi', always, noLeave))).toBe(
      'Available now, around the clock',
    );
  });

  it('puts leave first, and lets it lapse on the return date', () => {
    const leave = { onLeave: true, returnsOn: '2021-12-07' };
    const monday = new Date('2021-12-06T06:30:00Z');
    expect(availabilityAt(monday, 'Europe/Moscow', officeHours, leave)).toEqual({
      kind: 'leave',
      returnsOn: '2021-12-07',
    });
    expect(availabilityAt(new Date('2021-12-07T06:30:00Z'), 'Europe/Moscow', officeHours, leave).kind).toBe(
      'available',
    );
  });

  it('says so when there are no hours at all', () => {
    expect(describeAvailability(availabilityAt(new Date(), 'Europe/Zurich', [], noLeave))).toBe('No regular hours');
  });
});

describe('describeWeek', () => {
  it('groups equal consecutive days', () => {
    expect(describeWeek([...officeHours, { weekday: 6, startMinute: 600, endMinute: 840 }])).toBe(
      'Mon–Fri 09:00–18:00; Sat 10:00–14:00',
    );
  });
});
