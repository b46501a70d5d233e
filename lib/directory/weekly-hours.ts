import type { HoursSlot } from './availability';

/**
 * The weekly-hours editor's fields and rules, framework-free: the server parses with them and the
 * browser's "same hours" and "copy" buttons fill the fields with them. A day has one slot ("from–to")
 * and an optional second one for a split day; "Same hours Monday to Friday" (a checkbox the server
 * honours, so it works without JavaScript) gives Tuesday to Friday Monday's hours.
 */

/** Two slots a day covers a lunch break or a split shift. */
export const SLOTS_PER_DAY = 2;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
/** Tuesday to Friday: the days that take Monday's hours when the box is ticked. */
const FOLLOW_MONDAY = [2, 3, 4, 5] as const;
export const SAME_WEEKDAYS = 'hours.sameWeekdays';

export const slotKey = (weekday: number, slot: number) => `hours.${weekday}.${slot}`;
export const fieldName = (weekday: number, slot: number, end: 'from' | 'to') => `${slotKey(weekday, slot)}.${end}`;

/** Every field the editor posts, in order. */
export function weeklyHoursFieldNames(): string[] {
  const names: string[] = [SAME_WEEKDAYS];
  for (const wd of WEEKDAYS)
    for (let s = 0; s < SLOTS_PER_DAY; s++) names.push(fieldName(wd, s, 'from'), fieldName(wd, s, 'to'));
  return names;
}

/** "09:00" → 540; "24:00" (or "00:00" as an end) → 1440. */
export function minuteOf(hhmm: string, isEnd: boolean): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!m) return null;
  const minute = Number(m[1]) * 60 + Number(m[2]);
  if (minute > 1440) return null;
  return isEnd && minute === 0 ? 1440 : minute;
}

export function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** `to`'s fields get `from`'s values (both slots); the rest is untouched. */
export function copyDay(values: Record<string, string>, from: number, to: number): Record<string, string> {
  const out = { ...values };
  for (let s = 0; s < SLOTS_PER_DAY; s++)
    for (const end of ['from', 'to'] as const) out[fieldName(to, s, end)] = values[fieldName(from, s, end)] ?? '';
  return out;
}

/** Monday's hours on Tuesday to Friday too. */
export function sameHoursMondayToFriday(values: Record<string, string>): Record<string, string> {
  return FOLLOW_MONDAY.reduce((v, wd) => copyDay(v, 1, wd), values);
}

/** True when Monday to Friday already have the same, non-empty hours: the box starts ticked. */
export function weekdaysAlike(values: Record<string, string>): boolean {
  const monday = dayValues(values, 1);
  return monday.some(Boolean) && FOLLOW_MONDAY.every((wd) => dayValues(values, wd).every((v, i) => v === monday[i]));
}

function dayValues(values: Record<string, string>, wd: number): string[] {
  const out: string[] = [];
  for (let s = 0; s < SLOTS_PER_DAY; s++)
    for (const end of ['from', 'to'] as const) out.push((values[fieldName(wd, s, end)] ?? '').trim());
  return out;
}

export type ParsedHours = { hours: HoursSlot[]; errors: Record<string, string>; values: Record<string, string> };

/**
 * The week as slots, or a message by each slot that is wrong. With the box ticked, the values shown back
 * are Monday's on Tuesday to Friday too (what was saved), and only Monday carries errors.
 */
export function parseWeeklyHours(read: (name: string) => string): ParsedHours {
  let values: Record<string, string> = {};
  for (const name of weeklyHoursFieldNames()) values[name] = read(name);
  const same = values[SAME_WEEKDAYS] === 'on';
  values[SAME_WEEKDAYS] = same ? 'on' : '';
  if (same) values = sameHoursMondayToFriday(values);

  const errors: Record<string, string> = {};
  const byDay = new Map<number, HoursSlot[]>();
  for (const weekday of WEEKDAYS) {
    if (same && weekday >= 2 && weekday <= 5) {
      byDay.set(
        weekday,
        (byDay.get(1) ?? []).map((h) => ({ ...h, weekday })),
      );
      continue;
    }
    const day: HoursSlot[] = [];
    for (let s = 0; s < SLOTS_PER_DAY; s++) {
      const from = values[fieldName(weekday, s, 'from')]!.trim();
      const to = values[fieldName(weekday, s, 'to')]!.trim();
      if (!from && !to) continue;
      const key = slotKey(weekday, s);
      const start = minuteOf(from, false);
      const end = minuteOf(to, true);
      if (start === null || end === null) errors[key] = 'Give both times, like 09:00 and 17:30.';
      else if (end <= start)
        errors[key] =
          `${DAY_NAMES[weekday]}: the end must come after the start. For a night shift, end at 00:00 and go on the next day.`;
      else if (day.some((d) => start < d.endMinute && d.startMinute < end))
        errors[key] = `${DAY_NAMES[weekday]}: this overlaps the other slot.`;
      else day.push({ weekday, startMinute: start, endMinute: end });
    }
    byDay.set(
      weekday,
      day.sort((a, b) => a.startMinute - b.startMinute),
    );
  }
  return { hours: WEEKDAYS.flatMap((wd) => byDay.get(wd) ?? []), errors, values };
}

/** The editor's starting values for stored hours; the box starts ticked when Monday to Friday agree. */
export function hoursToFormValues(hours: HoursSlot[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const wd of WEEKDAYS) {
    const day = hours.filter((h) => h.weekday === wd).sort((a, b) => a.startMinute - b.startMinute);
    for (let s = 0; s < SLOTS_PER_DAY; s++) {
      const slot = day[s];
      values[fieldName(wd, s, 'from')] = slot ? hhmm(slot.startMinute) : '';
      // 24:00 is not a value <input type="time"> takes; 00:00 as an end means midnight.
      values[fieldName(wd, s, 'to')] = slot ? (slot.endMinute >= 1440 ? '00:00' : hhmm(slot.endMinute)) : '';
    }
  }
  values[SAME_WEEKDAYS] = weekdaysAlike(values) ? 'on' : '';
  return values;
}
