/**
 * Wall-clock time in a named zone ↔ UTC, with the standard library only.
 * A local time that does not exist (the hour skipped when clocks go forward) is
 * moved forward by the gap, as clocks do; an ambiguous one takes the earlier instant.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, at: number) {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/** Offset of the zone from UTC at that instant, in ms (Moscow: +3 h). */
export function zoneOffset(timeZone: string, at: number): number {
  return partsIn(timeZone, at) - Math.floor(at / 1000) * 1000;
}

/** Zones already found valid. Only valid ones are kept, so the set stays as small as the zone database. */
const validZones = new Set<string>();

/** Building an Intl formatter costs a fraction of a millisecond: each is made once per zone and kept. */
export function isTimeZone(tz: string): boolean {
  if (validZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    return false;
  }
  validZones.add(tz);
  return true;
}

/** "2026-12-01T15:30" in `timeZone` → UTC Date, or null for an impossible date such as 30 February. */
export function localToUtc(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m || !isTimeZone(timeZone)) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59)
    return null;
  // Try the offsets on both sides of the instant; the earlier matching one wins.
  const candidates = [
    asUtc - zoneOffset(timeZone, asUtc - 86_400_000),
    asUtc - zoneOffset(timeZone, asUtc + 86_400_000),
  ].sort((a, b) => a - b);
  for (const c of candidates) if (partsIn(timeZone, c) === asUtc) return new Date(c);
  // In a gap: take the instant the clocks jump to.
  return new Date(Math.max(...candidates));
}

/**
 * "Tue, 1 Dec 2026, 15:30" as read on a wall clock in `timeZone`; in another language given as a BCP 47 tag
 * ("вт, 1 дек. 2026 г., 15:30" for ru).
 */
export function formatInZone(at: Date | number, timeZone: string, language = 'en-GB'): string {
  const key = `${language} ${timeZone}`;
  let fmt = wallClocks.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(language, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    wallClocks.set(key, fmt);
  }
  return fmt.format(at);
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();
