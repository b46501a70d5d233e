import { describe, expect, it } from 'vitest';
import {
  copyDay,
  hoursToFormValues,
  parseWeeklyHours,
  sameHoursMondayToFriday,
  weeklyHoursFieldNames,
} from './weekly-hours';

const read = (fields: Record<string, string>) => (name: string) => fields[name] ?? '';

describe('parseWeeklyHours', () => {
  it('a normal week is two fields and a ticked box: Monday’s hours on all five weekdays', () => {
    const r = parseWeeklyHours(
      read({ 'hours.sameWeekdays': 'on', 'hours.1.0.from': '09:00', 'hours.1.0.to': '18:00' }),
    );
    expect(r.errors).toEqual({});
    expect(r.hours).toEqual([1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1080 })));
    // Shown back as saved: Friday's fields now hold Monday's hours.
    expect(r.values['hours.5.0.from']).toBe('09:00');
    expect(r.values['hours.5.0.to']).toBe('18:00');
  });

  it('with the box ticked, Monday wins over stale Tuesday-to-Friday fields but the weekend stays its own', () => {
    const r = parseWeeklyHours(
      read({
        'hours.sameWeekdays': 'on',
        'hours.1.0.from': '10:00',
        'hours.1.0.to': '13:00',
        'hours.1.1.from': '14:00',
        'hours.1.1.to': '19:00',
        'hours.3.0.from': '08:00',
        'hours.3.0.to': '12:00',
        'hours.6.0.from': '10:00',
        'hours.6.0.to': '14:00',
      }),
    );
    expect(r.hours.filter((h) => h.weekday === 3)).toEqual([
      { weekday: 3, startMinute: 600, endMinute: 780 },
      { weekday: 3, startMinute: 840, endMinute: 1140 },
    ]);
    expect(r.hours.filter((h) => h.weekday === 6)).toEqual([{ weekday: 6, startMinute: 600, endMinute: 840 }]);
    expect(r.hours).toHaveLength(11);
  });

  it('without the box each day is its own, and an empty day is a day off', () => {
    const r = parseWeeklyHours(read({ 'hours.1.0.from': '09:00', 'hours.1.0.to': '18:00' }));
    expect(r.hours).toEqual([{ weekday: 1, startMinute: 540, endMinute: 1080 }]);
    expect(r.values['hours.sameWeekdays']).toBe('');
  });

  it('refuses an overnight range, a missing end and an overlap, each by its slot, keeping what was typed', () => {
    const r = parseWeeklyHours(
      read({
        'hours.2.0.from': '22:00',
        'hours.2.0.to': '06:00',
        'hours.4.0.from': '09:00',
        'hours.6.0.from': '09:00',
        'hours.6.0.to': '13:00',
        'hours.6.1.from': '12:00',
        'hours.6.1.to': '15:00',
        'hours.7.0.from': '25:00',
        'hours.7.0.to': '26:00',
      }),
    );
    expect(r.errors).toEqual({
      'hours.2.0':
        'Tuesday: the end must come after the start. For a night shift, end at 00:00 and go on the next day.',
      'hours.4.0': 'Give both times, like 09:00 and 17:30.',
      'hours.6.1': 'Saturday: this overlaps the other slot.',
      'hours.7.0': 'Give both times, like 09:00 and 17:30.',
    });
    expect(r.values['hours.2.0.to']).toBe('06:00');
  });

  it('a night shift split at midnight is accepted: 22:00–00:00 then 00:00–06:00', () => {
    const r = parseWeeklyHours(
      read({ 'hours.7.0.from': '22:00', 'hours.7.0.to': '00:00', 'hours.1.0.from': '00:00', 'hours.1.0.to': '06:00' }),
    );
    expect(r.errors).toEqual({});
    expect(r.hours).toEqual([
      { weekday: 1, startMinute: 0, endMinute: 360 },
      { weekday: 7, startMinute: 1320, endMinute: 1440 },
    ]);
  });

  it('a bad Monday with the box ticked is reported once, on Monday', () => {
    const r = parseWeeklyHours(
      read({ 'hours.sameWeekdays': 'on', 'hours.1.0.from': '18:00', 'hours.1.0.to': '09:00' }),
    );
    expect(Object.keys(r.errors)).toEqual(['hours.1.0']);
    expect(r.hours).toEqual([]);
  });
});

describe('copy and same hours', () => {
  const monday = {
    'hours.1.0.from': '09:00',
    'hours.1.0.to': '13:00',
    'hours.1.1.from': '14:00',
    'hours.1.1.to': '18:00',
  };

  it('copies both slots of a day to another and leaves the rest alone', () => {
    const v = copyDay({ ...monday, 'hours.6.0.from': '10:00', 'hours.6.0.to': '12:00' }, 1, 6);
    expect(v['hours.6.0.from']).toBe('09:00');
    expect(v['hours.6.1.to']).toBe('18:00');
    expect(v['hours.1.0.from']).toBe('09:00');
    expect(v['hours.7.0.from']).toBeUndefined();
  });

  it('copying an empty day empties the target: a day off copies as a day off', () => {
    const v = copyDay(monday, 7, 1);
    expect(v['hours.1.0.from']).toBe('');
    expect(v['hours.1.1.to']).toBe('');
  });

  it('fills Tuesday to Friday from Monday, not the weekend', () => {
    const v = sameHoursMondayToFriday(monday);
    for (const wd of [2, 3, 4, 5]) expect(v[`hours.${wd}.1.to`]).toBe('18:00');
    expect(v['hours.6.0.from']).toBeUndefined();
  });

  it('stored hours start with the box ticked only when Monday to Friday agree', () => {
    const week = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1440 }));
    const alike = hoursToFormValues(week);
    expect(alike['hours.sameWeekdays']).toBe('on');
    expect(alike['hours.3.0.to']).toBe('00:00');
    expect(hoursToFormValues(week.slice(0, 4))['hours.sameWeekdays']).toBe('');
    expect(hoursToFormValues([])['hours.sameWeekdays']).toBe('');
  });

  it('round-trips: stored hours → fields → the same hours', () => {
    const week = [
      { weekday: 1, startMinute: 540, endMinute: 780 },
      { weekday: 1, startMinute: 840, endMinute: 1080 },
      { weekday: 6, startMinute: 1320, endMinute: 1440 },
    ];
    const values = hoursToFormValues(week);
    expect(parseWeeklyHours(read(values)).hours).toEqual(week);
    expect(weeklyHoursFieldNames()).toHaveLength(29);
  });
});
