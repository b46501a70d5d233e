import { localNow, type HoursSlot } from '../directory/availability';
import { DAY_NAMES, hhmm } from '../directory/weekly-hours';
import type { RequestStatus } from './workflow';

/**
 * What the journalist's status page says comes next. Every number in it is measured: the desk's hours
 * are its people's published weekly hours, and "usually answers within" is the median time to a first
 * answer of the requests that reached that desk during those hours. Too few of those: no number.
 */

/** Fewer answered requests than this and a median says more about luck than about the desk. */
export const MIN_ANSWERED = 3;
/** Only the recent past says how the desk works now. */
export const ANSWER_WINDOW_DAYS = 90;

/** The union of everyone's slots, one list per weekday, overlapping or touching slots merged. */
export function deskHours(slots: HoursSlot[]): HoursSlot[] {
  const out: HoursSlot[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const day = slots.filter((s) => s.weekday === weekday).sort((a, b) => a.startMinute - b.startMinute);
    let open: HoursSlot | null = null;
    for (const s of day) {
      if (open && s.startMinute <= open.endMinute) open.endMinute = Math.max(open.endMinute, s.endMinute);
      else out.push((open = { ...s }));
    }
  }
  return out;
}

/** "Monday to Friday 09:00–18:00; Saturday 10:00–14:00": days with the same hours grouped when consecutive. */
export function describeHours(hours: HoursSlot[]): string {
  const ranges = (wd: number) =>
    hours
      .filter((h) => h.weekday === wd)
      .map((h) => `${hhmm(h.startMinute)}–${h.endMinute >= 1440 ? '24:00' : hhmm(h.endMinute)}`)
      .join(' and ');
  const parts: string[] = [];
  let wd = 1;
  while (wd <= 7) {
    const text = ranges(wd);
    let last = wd;
    while (last < 7 && ranges(last + 1) === text) last++;
    if (text) {
      const days =
        last === wd ? DAY_NAMES[wd] : `${DAY_NAMES[wd]}${last === wd + 1 ? ' and ' : ' to '}${DAY_NAMES[last]}`;
      parts.push(`${days} ${text}`);
    }
    wd = last + 1;
  }
  return parts.join('; ');
}

export function withinHours(at: Date, timeZone: string, hours: HoursSlot[]): boolean {
  const local = localNow(at, timeZone);
  return hours.some((h) => h.weekday === local.weekday && h.startMinute <= local.minute && local.minute < h.endMinute);
}

/** The median minutes to a first answer, of requests received during office hours; null when too few. */
export function typicalAnswerMinutes(
  answered: { receivedAt: Date; answeredAt: Date }[],
  timeZone: string,
  hours: HoursSlot[],
): number | null {
  const waits = answered
    .filter((a) => withinHours(a.receivedAt, timeZone, hours))
    .map((a) => (a.answeredAt.getTime() - a.receivedAt.getTime()) / 60_000)
    .filter((m) => m >= 0)
    .sort((a, b) => a - b);
  if (waits.length < MIN_ANSWERED) return null;
  const mid = waits.length >> 1;
  return waits.length % 2 ? waits[mid]! : (waits[mid - 1]! + waits[mid]!) / 2;
}

/** Rounded up to what a person would say: "15 minutes", "2 hours", "3 days". */
export function roughDuration(minutes: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes <= 55) return plural(Math.max(5, Math.ceil(minutes / 5) * 5), 'minute');
  if (minutes <= 36 * 60) return plural(Math.ceil(minutes / 60), 'hour');
  return plural(Math.ceil(minutes / 1440), 'day');
}

export type Outlook = {
  status: RequestStatus;
  /** "the Moscow press office", "Ayuna Batoeva", "the spokespeople for …" */
  desk: string;
  /** The desk's zone and its name as people say it ("Moscow") */
  timeZone: string | null;
  place: string | null;
  hours: HoursSlot[];
  typicalMinutes: number | null;
};

/** A few plain sentences: who acts next, and when, as far as the desk's own record says. */
export function whatHappensNext(o: Outlook): string[] {
  const desk = o.desk.charAt(0).toUpperCase() + o.desk.slice(1);
  switch (o.status) {
    case 'scheduled':
      return [`${desk} has scheduled the interview. Its time and place are in the history below and in your e-mail.`];
    case 'done':
      return ['The press office has marked this request as done. Nothing more will happen unless you write again.'];
    case 'declined':
      return ['The press office has declined this request; its reason, if it gave one, is in the history below.'];
    case 'cancelled':
      return ['You cancelled this request. The press office has been told; nothing more will happen.'];
  }
  const next =
    o.status === 'new'
      ? `${desk} has your request and will answer by e-mail.`
      : `${desk} has acknowledged your request and will propose a time or answer it.`;
  if (o.hours.length === 0 || !o.timeZone)
    return [
      next,
      `${desk} has published no office hours, so we cannot say when it will answer. If your deadline is close, call the numbers on the page you wrote from.`,
    ];
  const when = `Office hours: ${describeHours(o.hours)}, ${o.place ?? o.timeZone.replace(/_/g, ' ')} time.`;
  if (o.typicalMinutes === null)
    return [
      next,
      when,
      `It has answered too few requests in the last ${ANSWER_WINDOW_DAYS} days for us to say how fast it usually answers.`,
    ];
  return [next, `${desk} usually answers within ${roughDuration(o.typicalMinutes)} during office hours.`, when];
}
