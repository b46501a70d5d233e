import { localNow, type HoursSlot } from '../directory/availability';
import { DAY_NAMES, hhmm } from '../directory/weekly-hours';
import type { RequestStatus } from './workflow';
import type { Locale } from '../i18n/locales';
import { syncTranslatorFor } from '../i18n/sync-translator';

/** Monday is 1; English keeps the directory's names, other languages take Intl's ("понедельник", "lundi"). */
function dayName(weekday: number, locale: Locale): string {
  if (locale === 'en') return DAY_NAMES[weekday]!;
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));
}

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
export function describeHours(hours: HoursSlot[], locale: Locale = 'en'): string {
  const t = syncTranslatorFor(locale);
  const ranges = (wd: number) =>
    hours
      .filter((h) => h.weekday === wd)
      .map((h) => `${hhmm(h.startMinute)}–${h.endMinute >= 1440 ? '24:00' : hhmm(h.endMinute)}`)
      .reduce((all, range) => (all ? t('RequestNext.rangesAnd', { first: all, second: range }) : range), '');
  const parts: string[] = [];
  let wd = 1;
  while (wd <= 7) {
    const text = ranges(wd);
    let last = wd;
    while (last < 7 && ranges(last + 1) === text) last++;
    if (text) {
      const [first, end] = [dayName(wd, locale), dayName(last, locale)];
      const days =
        last === wd
          ? first
          : last === wd + 1
            ? t('RequestNext.dayPair', { first, second: end })
            : t('RequestNext.dayRange', { first, last: end });
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
export function roughDuration(minutes: number, locale: Locale = 'en'): string {
  const t = syncTranslatorFor(locale);
  if (minutes <= 55) return t('RequestNext.minutes', { count: Math.max(5, Math.ceil(minutes / 5) * 5) });
  if (minutes <= 36 * 60) return t('RequestNext.hoursCount', { count: Math.ceil(minutes / 60) });
  return t('RequestNext.days', { count: Math.ceil(minutes / 1440) });
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

/** A few plain sentences, in the request's language: who acts next, and when, as far as the desk's own record says. */
export function whatHappensNext(o: Outlook, locale: Locale = 'en'): string[] {
  const t = syncTranslatorFor(locale);
  const desk = o.desk.charAt(0).toUpperCase() + o.desk.slice(1);
  switch (o.status) {
    case 'scheduled':
      return [t('RequestNext.scheduled', { desk })];
    case 'done':
    case 'declined':
    case 'cancelled':
      return [t(`RequestNext.${o.status}`)];
  }
  const next = t(o.status === 'new' ? 'RequestNext.new' : 'RequestNext.acknowledged', { desk });
  if (o.hours.length === 0 || !o.timeZone) return [next, t('RequestNext.noHours', { desk })];
  const when = t('RequestNext.hours', {
    hours: describeHours(o.hours, locale),
    place: o.place ?? o.timeZone.replace(/_/g, ' '),
  });
  if (o.typicalMinutes === null) return [next, when, t('RequestNext.tooFew', { days: String(ANSWER_WINDOW_DAYS) })];
  return [next, t('RequestNext.usually', { desk, duration: roughDuration(o.typicalMinutes, locale) }), when];
}
