/**
 * Who can take a call now comes first: the order of people on every page that lists them (city,
 * release, search), and the moment a page that lists them stops being right. Framework-free: the
 * pages, the search results and the browser's ticking badges all use it.
 */
import { localToUtc } from '../time/zoned-time';
import {
  availabilityAt,
  formatMinute,
  localNow,
  type Availability,
  type HoursSlot,
  type Leave,
  type LocalMoment,
} from './availability';

export type ReachPerson = { timeZone: string; hours: HoursSlot[]; leave: Leave };

/** 0 available now, 1 off hours, 2 on leave: the groups, in the order a journalist wants them. */
export type ReachGroup = 0 | 1 | 2;

const addDays = (isoDate: string, days: number) => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** The UTC instant of a wall-clock moment in `timeZone`, counted from the local day of `now` (DST-aware). */
export function instantOf(now: Date, timeZone: string, moment: LocalMoment): Date | null {
  const today = localNow(now, timeZone).date;
  const date = addDays(today, moment.dayOffset + Math.floor(moment.minute / 1440));
  return localToUtc(`${date}T${formatMinute(moment.minute)}`, timeZone);
}

/** When this person's availability next changes (shift start or end, return from leave); null: never. */
export function nextChange(now: Date, person: ReachPerson, status = statusOf(now, person)): Date | null {
  switch (status.kind) {
    case 'available':
      return status.until ? instantOf(now, person.timeZone, status.until) : null;
    case 'off':
      return status.next ? instantOf(now, person.timeZone, status.next) : null;
    case 'leave':
      return status.returnsOn ? localToUtc(`${status.returnsOn}T00:00`, person.timeZone) : null;
  }
}

export function statusOf(now: Date, person: ReachPerson): Availability {
  return availabilityAt(now, person.timeZone, person.hours, person.leave);
}

/** The person's group and, off hours, how long until they are back (ms; Infinity without hours). */
export function reachRank(now: Date, person: ReachPerson): { group: ReachGroup; wait: number; status: Availability } {
  const status = statusOf(now, person);
  if (status.kind === 'available') return { group: 0, wait: 0, status };
  if (status.kind === 'leave') return { group: 2, wait: Infinity, status };
  const back = nextChange(now, person, status);
  return { group: 1, wait: back ? back.getTime() - now.getTime() : Infinity, status };
}

/**
 * Available now, then back soonest, then on leave. Stable within a group: people who are equally
 * reachable keep the order they came in (by name on a city page, the release's own order there).
 */
export function orderByReach<T>(items: readonly T[], personOf: (item: T) => ReachPerson, now: Date): T[] {
  const ranked = items.map((item, index) => ({ item, index, ...reachRank(now, personOf(item)) }));
  ranked.sort((a, b) => a.group - b.group || (a.group === 1 ? a.wait - b.wait : 0) || a.index - b.index);
  return ranked.map((r) => r.item);
}

/**
 * The first moment any of these people's availability changes: a page listing them must be made
 * again then. Null when nothing will ever change (nobody has hours, nobody returns from leave).
 */
export function nextRefreshAt(now: Date, people: readonly ReachPerson[]): Date | null {
  let first: number | null = null;
  for (const person of people) {
    const at = nextChange(now, person)?.getTime();
    if (at !== undefined && at > now.getTime() && (first === null || at < first)) first = at;
  }
  return first === null ? null : new Date(first);
}

/** Seconds until `nextRefreshAt`, at least one, for a cache lifetime; `max` when nothing changes. */
export function secondsUntilRefresh(now: Date, people: readonly ReachPerson[], max: number): number {
  const at = nextRefreshAt(now, people);
  if (!at) return max;
  return Math.max(1, Math.min(max, Math.ceil((at.getTime() - now.getTime()) / 1000)));
}
