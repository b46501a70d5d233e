/**
 * The directory's sentences in the reader's language, for code that also runs in the browser (availability,
 * the pinned fallback): next-intl's `t` for the "Availability" and "ReachNow" namespaces, and the locale for
 * Intl. Framework-free: a server component passes getTranslations(…), a client one useTranslations(…).
 * Without words the English of lib/directory/availability.ts and fallback.ts is used (staff pages, tests).
 */
import { describeWeek, formatMinute, type Availability, type HoursSlot } from './availability';

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type DirectoryWords = { locale: string; availability: Translate; reach: Translate };

/** Intl's locale for a Pressline locale: British English (24-hour clock, "21 December") for English. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

export function describeAvailabilityIn(a: Availability, { availability: t, locale }: DirectoryWords): string {
  switch (a.kind) {
    case 'available': {
      if (!a.until) return t('availableAlways');
      const time = formatMinute(a.until.minute);
      if (a.until.dayOffset === 0) return t('availableUntilToday', { time });
      if (a.until.dayOffset === 1) return t('availableUntilTomorrow', { time });
      return t('availableUntilWeekday', { time, weekday: String(a.until.weekday) });
    }
    case 'off': {
      if (!a.next) return t('noHours');
      const time = formatMinute(a.next.minute);
      if (a.next.dayOffset === 0) return t('offBackToday', { time });
      if (a.next.dayOffset === 1) return t('offBackTomorrow', { time });
      return t('offBackWeekday', { time, weekday: String(a.next.weekday) });
    }
    case 'leave':
      return a.returnsOn ? t('onLeaveUntil', { date: formatDayMonthIn(a.returnsOn, locale) }) : t('onLeave');
  }
}

const dayMonths = new Map<string, Intl.DateTimeFormat>();
/** "2026-12-21" → "21 December" / "21 декабря" / "21 décembre", read as a calendar date (no zone shift). */
export function formatDayMonthIn(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  let fmt = dayMonths.get(locale);
  if (!fmt)
    dayMonths.set(
      locale,
      (fmt = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', timeZone: 'UTC' })),
    );
  return fmt.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Short weekday names, Monday first: Mon… / пн… / lun.… */
function shortWeekdays(locale: string): string[] {
  const fmt = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return ['', ...Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i))))];
}

/** "Mon–Fri 09:00–18:00; Sat 10:00–14:00" in the reader's language, grouping consecutive equal days. */
export function describeWeekIn(hours: HoursSlot[], { availability: t, locale }: DirectoryWords): string {
  return describeWeek(hours, { weekdays: shortWeekdays(locale), none: t('noHours') });
}

/** "Moscow, Nairobi or Geneva" / "Москва, Найроби или Женева" / "Moscou, Nairobi ou Genève". */
export function orList(items: string[], locale: string): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'disjunction' }).format(items);
}

const calendarDates = new Map<string, Intl.DateTimeFormat>();
/** "2021-12-06" → "6 December 2021" / "6 декабря 2021 г." / "6 décembre 2021", as a calendar date. */
export function formatDateIn(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  let fmt = calendarDates.get(locale);
  if (!fmt)
    calendarDates.set(
      locale,
      (fmt = new Intl.DateTimeFormat(intlLocale(locale), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })),
    );
  return fmt.format(new Date(Date.UTC(y, m - 1, d)));
}
