/**
 * The one clock of the staff area: every time an officer reads is on their own zone's wall clock,
 * labelled with that zone's abbreviation ("Tue 1 Dec 2026, 15:00 GMT"), so two deadlines set in
 * different zones never read alike.
 */
import { isTimeZone, zoneOffset } from './zoned-time';

/**
 * Names ICU leaves as "GMT+3" in English, for zones whose press offices we serve; each is used only
 * while the zone keeps the offset (minutes east of UTC) the name stands for.
 */
const NAMED_OFFSETS: Record<string, [string, number]> = {
  'Europe/Moscow': ['MSK', 180],
  'Europe/Simferopol': ['MSK', 180],
  'Europe/Kirov': ['MSK', 180],
  'Europe/Volgograd': ['MSK', 180],
  'Africa/Nairobi': ['EAT', 180],
  'Africa/Addis_Ababa': ['EAT', 180],
  'Africa/Dar_es_Salaam': ['EAT', 180],
  'Africa/Kampala': ['EAT', 180],
  'Asia/Kolkata': ['IST', 330],
  'Asia/Tokyo': ['JST', 540],
};

const zoneNames = new Map<string, Intl.DateTimeFormat>();
function shortName(locale: string, timeZone: string, at: Date | number): string {
  const key = `${locale} ${timeZone}`;
  let fmt = zoneNames.get(key);
  if (!fmt) zoneNames.set(key, (fmt = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })));
  return fmt.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * The zone's abbreviation at that instant: GMT/BST, CET/CEST and EET/EEST as British English says them,
 * EST/EDT and PST/PDT as American English does, MSK and a few more from our table, else "GMT+8".
 */
export function zoneAbbreviation(at: Date | number, timeZone: string): string {
  const named = NAMED_OFFSETS[timeZone];
  if (named && zoneOffset(timeZone, +at) === named[1] * 60_000) return named[0];
  const gb = shortName('en-GB', timeZone, at);
  if (!/^GMT[+-]/.test(gb)) return gb;
  const us = shortName('en-US', timeZone, at);
  return /^GMT[+-]/.test(us) ? gb : us;
}

const clocks = new Map<string, Intl.DateTimeFormat>();
function clock(timeZone: string, withDate: boolean) {
  const key = `${withDate ? 'd' : 't'} ${timeZone}`;
  let fmt = clocks.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      ...(withDate ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(key, fmt);
  }
  return fmt;
}

/** "Tue 1 Dec 2026, 15:00 GMT"; with `time: true` only "15:00 GMT". */
export function formatStaffTime(at: Date | number, timeZone: string, options: { time?: boolean } = {}): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const wall = clock(zone, !options.time)
    .format(at)
    .replace(/^(\w{3}),? /, '$1 ');
  return `${wall} ${zoneAbbreviation(at, zone)}`;
}

/** What a staff time says on hover: the same instant on the journalist's clock. */
export function journalistTimeTitle(at: Date | number, journalistZone: string): string {
  return `${formatStaffTime(at, journalistZone)} for the journalist (${journalistZone})`;
}

/** The officer's zone: their own choice, else their city's, else UTC (an admin who speaks for no one). */
export function officerTimeZone(chosen: string | null | undefined, cityZone: string | null | undefined): string {
  for (const zone of [chosen, cityZone]) if (zone && isTimeZone(zone)) return zone;
  return 'UTC';
}

export const DUE_SOON_MS = 24 * 3_600_000;

/** Where a deadline stands: passed, within the next 24 hours, or later. */
export function deadlineState(deadline: Date | number, now: Date | number): 'overdue' | 'due-soon' | 'later' {
  const left = +deadline - +now;
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'due-soon' : 'later';
}
