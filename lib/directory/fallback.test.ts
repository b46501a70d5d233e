import { describe, expect, it } from 'vitest';
import type { HoursSlot } from './availability';
import { chooseFallback, type Desk, type FallbackDelegate, type FallbackPerson } from './fallback';

const weekdays = (startHour: number, endHour: number): HoursSlot[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: startHour * 60, endMinute: endHour * 60 }));
const noLeave = { onLeave: false, returnsOn: null };
const moscowDesk: Desk = { name: 'Moscow', dutyPhone: '+74951234567', deskEmail: 'moscow@example.org' };
const nairobiDesk: Desk = { name: 'Nairobi', dutyPhone: '+254201234567', deskEmail: 'nairobi@example.org' };
const tommaso = (hours: HoursSlot[]): FallbackDelegate => ({
  slug: 'tommaso-della-longa',
  fullName: 'Tommaso Della Longa',
  timeZone: 'Europe/Moscow',
  hours,
  leave: noLeave,
  phones: [{ kind: 'mobile', e164: '+79000000000', extension: null }],
});
const ayuna = (delegate: FallbackDelegate | null, returnsOn: string | null = '2026-12-21'): FallbackPerson => ({
  fullName: 'Ayuna Batoeva',
  cityName: 'Moscow',
  timeZone: 'Europe/Moscow',
  hours: weekdays(9, 18),
  leave: { onLeave: true, returnsOn },
  delegate,
});
const boris: FallbackPerson = {
  fullName: 'Boris',
  cityName: 'Moscow',
  timeZone: 'Europe/Moscow',
  hours: weekdays(9, 18),
  leave: noLeave,
  delegate: null,
};

// Monday 7 December 2026: 10:30 in Moscow at 07:30 UTC; 01:52 in Moscow at 22:52 UTC on Sunday.
const mondayMorning = new Date('2026-12-07T07:30:00Z');
const sundayNight = new Date('2026-12-06T22:52:00Z');

describe('chooseFallback', () => {
  it('offers nothing when someone listed is on duty', () => {
    expect(chooseFallback(mondayMorning, [ayuna(null), boris], [moscowDesk])).toEqual({ kind: 'none' });
  });

  it('offers the delegate, with their own status, when the person on leave is covered by someone on duty', () => {
    const f = chooseFallback(mondayMorning, [ayuna(tommaso(weekdays(9, 18)))], [moscowDesk]);
    expect(f.kind).toBe('delegate');
    if (f.kind !== 'delegate') return;
    expect(f.delegate.fullName).toBe('Tommaso Della Longa');
    expect(f.statusText).toBe('Available now, until 18:00');
    expect(f.reason).toBe('Ayuna Batoeva is on leave: call Tommaso Della Longa, covering for Ayuna Batoeva.');
  });

  it('falls back to the desk when the delegate is off hours too, and says why', () => {
    const f = chooseFallback(mondayMorning, [ayuna(tommaso(weekdays(14, 18)))], [moscowDesk]);
    expect(f).toEqual({
      kind: 'desk',
      desks: [moscowDesk],
      reason: 'Nobody listed is on duty now in Moscow: call the 24/7 duty line.',
    });
  });

  it('falls back to the desk at night, when nobody has a delegate', () => {
    const f = chooseFallback(sundayNight, [boris], [moscowDesk]);
    expect(f).toEqual({
      kind: 'desk',
      desks: [moscowDesk],
      reason: 'Nobody listed is on duty now in Moscow: call the 24/7 duty line.',
    });
  });

  it('ignores a delegate once the leave is over (the return date has come)', () => {
    const back = ayuna(tommaso(weekdays(0, 24)), '2026-12-07');
    // Ayuna is back (and in hours) on the return date itself: nobody is needed.
    expect(chooseFallback(mondayMorning, [back], [moscowDesk]).kind).toBe('none');
  });

  it('lists each city of a release, one duty line per desk', () => {
    const wanjiru: FallbackPerson = { ...boris, fullName: 'Wanjiru', cityName: 'Nairobi', timeZone: 'Africa/Nairobi' };
    const f = chooseFallback(sundayNight, [boris, wanjiru], [moscowDesk, nairobiDesk, moscowDesk]);
    expect(f).toEqual({
      kind: 'desk',
      desks: [moscowDesk, nairobiDesk],
      reason: 'Nobody listed is on duty now in Moscow or Nairobi: call the 24/7 duty lines.',
    });
  });

  it('points a page with nobody listed to its desk', () => {
    expect(chooseFallback(sundayNight, [], [nairobiDesk])).toEqual({
      kind: 'desk',
      desks: [nairobiDesk],
      reason: 'Nobody is listed here: call the 24/7 duty line.',
    });
  });
});
