/**
 * Who can pick up the phone right now. Weekly hours are wall-clock times in the
 * contact's city, so a DST change moves them with the city, not with UTC.
 * Framework-free and small: it also runs in the browser to keep cached pages current.
 */

/** ISO weekday (1 = Monday … 7 = Sunday), minutes from local midnight; end may be 1440. */
export type HoursSlot = { weekday: number; startMinute: number; endMinute: number };

export type Leave = { onLeave: boolean; returnsOn: string | null };

export type Availability =
  | { kind: 'available'; until: LocalMoment | null }
  | { kind: 'off'; next: LocalMoment | null }
  | { kind: 'leave'; returnsOn: string | null };

/** A wall-clock moment in the city: `dayOffset` days after today, at `minute`. */
export type LocalMoment = { dayOffset: number; weekday: number; minute: number };

export type LocalNow = { date: string; weekday: number; minute: number };

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localNow(now: Date, timeZone: string): LocalNow {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(now).map((x) => [x.type, x.value]));
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday: WEEKDAYS[p.weekday as string] ?? 1,
    minute: Number(p.hour) * 60 + Number(p.minute),
  };
}

export function isOnLeave(leave: Leave, today: string): boolean {
  // The return date is the first working day back; the flag lapses by itself then.
  return leave.onLeave && (leave.returnsOn === null || today < leave.returnsOn);
}

export function availabilityAt(now: Date, timeZone: string, hours: HoursSlot[], leave: Leave): Availability {
  const local = localNow(now, timeZone);
  if (isOnLeave(leave, local.date)) return { kind: 'leave', returnsOn: leave.returnsOn };
  const current = slotAt(hours, local.weekday, local.minute);
  if (current) return { kind: 'available', until: endOfShift(hours, local.weekday, current.endMinute) };
  return { kind: 'off', next: nextStart(hours, local.weekday, local.minute) };
}

function weekdayAfter(weekday: number, days: number): number {
  return ((weekday - 1 + days) % 7) + 1;
}

function slotAt(hours: HoursSlot[], weekday: number, minute: number): HoursSlot | undefined {
  return hours.find((s) => s.weekday === weekday && s.startMinute <= minute && minute < s.endMinute);
}

/** Follows back-to-back slots (a night shift split at midnight) to where the shift really ends. */
function endOfShift(hours: HoursSlot[], weekday: number, endMinute: number): LocalMoment | null {
  let day = 0;
  let end = endMinute;
  for (let guard = 0; guard < 14; guard++) {
    const wd = weekdayAfter(weekday, day);
    const nextDay = end >= 1440;
    const next = nextDay
      ? hours.find((s) => s.weekday === weekdayAfter(wd, 1) && s.startMinute === 0)
      : hours.find((s) => s.weekday === wd && s.startMinute === end);
    if (!next) {
      return nextDay
        ? { dayOffset: day + 1, weekday: weekdayAfter(wd, 1), minute: 0 }
        : { dayOffset: day, weekday: wd, minute: end };
    }
    if (nextDay) day += 1;
    end = next.endMinute;
  }
  return null; // available around the clock
}

function nextStart(hours: HoursSlot[], weekday: number, minute: number): LocalMoment | null {
  for (let day = 0; day <= 7; day++) {
    const wd = weekdayAfter(weekday, day);
    const starts = hours
      .filter((s) => s.weekday === wd && (day > 0 || s.startMinute > minute))
      .map((s) => s.startMinute)
      .sort((a, b) => a - b);
    if (starts.length > 0) return { dayOffset: day, weekday: wd, minute: starts[0]! };
  }
  return null;
}

const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function formatMinute(minute: number): string {
  const m = minute % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function describeMoment(m: LocalMoment): string {
  const time = formatMinute(m.minute);
  if (m.dayOffset === 0) return time;
  if (m.dayOffset === 1) return `tomorrow ${time}`;
  return `${DAY_NAMES[m.weekday]} ${time}`;
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "2026-12-21" → "21 December": the date as people say it, read as a calendar date (no zone shift). */
export function formatDayMonth(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return y && m && d ? dayMonth.format(new Date(Date.UTC(y, m - 1, d))) : isoDate;
}

/** One line a journalist reads at a glance. */
export function describeAvailability(a: Availability): string {
  switch (a.kind) {
    case 'available':
      return a.until ? `Available now, until ${describeMoment(a.until)}` : 'Available now, around the clock';
    case 'off':
      return a.next
        ? `Off hours, back ${a.next.dayOffset === 0 ? 'at ' : ''}${describeMoment(a.next)}`
        : 'No regular hours';
    case 'leave':
      return a.returnsOn ? `On leave until ${formatDayMonth(a.returnsOn)}` : 'On leave';
  }
}

const ENGLISH_WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * "Mon–Fri 09:00–18:00; Sat 10:00–14:00", grouping consecutive days with equal hours. Other languages give their
 * own short weekday names (Monday at index 1) and their words for no hours (lib/directory/directory-words.ts).
 */
export function describeWeek(
  hours: HoursSlot[],
  { weekdays: short = ENGLISH_WEEKDAYS, none = 'No regular hours' }: { weekdays?: string[]; none?: string } = {},
): string {
  const byDay = Array.from({ length: 8 }, (_, wd) =>
    hours
      .filter((s) => s.weekday === wd)
      .sort((a, b) => a.startMinute - b.startMinute)
      .map((s) => `${formatMinute(s.startMinute)}–${s.endMinute >= 1440 ? '24:00' : formatMinute(s.endMinute)}`)
      .join(', '),
  );
  const parts: string[] = [];
  for (let wd = 1; wd <= 7; wd++) {
    if (!byDay[wd]) continue;
    let last = wd;
    while (last < 7 && byDay[last + 1] === byDay[wd]) last++;
    parts.push(`${last === wd ? short[wd] : `${short[wd]}–${short[last]}`} ${byDay[wd]}`);
    wd = last;
  }
  return parts.length ? parts.join('; ') : none;
}
