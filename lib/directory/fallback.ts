/**
 * The number to call when nobody a page lists can take a call now: a delegate covering for someone
 * listed who is on leave (if the delegate is on duty), else the press desk of the cities concerned,
 * through its 24/7 duty line. Framework-free: the server renders it, the browser keeps it current.
 */
import { describeAvailability, isOnLeave, localNow, type Availability } from './availability';
import { describeAvailabilityIn, orList, type DirectoryWords } from './directory-words';
import { statusOf, type ReachPerson } from './reach-order';

export type FallbackDelegate = ReachPerson & {
  slug: string;
  fullName: string;
  phones: { kind: string; e164: string; extension: string | null }[];
};
export type FallbackPerson = ReachPerson & { fullName: string; cityName: string; delegate: FallbackDelegate | null };
export type Desk = { name: string; dutyPhone: string; deskEmail: string };

export type Fallback =
  | { kind: 'none' }
  | {
      kind: 'delegate';
      delegate: FallbackDelegate;
      coveringFor: string;
      status: Availability;
      statusText: string;
      reason: string;
    }
  | { kind: 'desk'; desks: Desk[]; reason: string };

const list = (xs: string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;

/**
 * `people`: everyone the page lists, in page order. `desks`: the press desks of the page's cities,
 * the listed people's first (a page with nobody listed still has its city's desk).
 */
export function chooseFallback(
  now: Date,
  people: readonly FallbackPerson[],
  desks: readonly Desk[],
  words?: DirectoryWords,
): Fallback {
  if (people.some((p) => statusOf(now, p).kind === 'available')) return { kind: 'none' };
  for (const p of people) {
    if (!p.delegate || !isOnLeave(p.leave, localNow(now, p.timeZone).date)) continue;
    const status = statusOf(now, p.delegate);
    if (status.kind !== 'available') continue;
    const others = people.length > 1 ? ' and nobody else listed is on duty now' : '';
    return {
      kind: 'delegate',
      delegate: p.delegate,
      coveringFor: p.fullName,
      status,
      statusText: words ? describeAvailabilityIn(status, words) : describeAvailability(status),
      reason: words
        ? words.reach('delegateReason', {
            others: people.length > 1 ? 'yes' : 'no',
            person: p.fullName,
            delegate: p.delegate.fullName,
          })
        : `${p.fullName} is on leave${others}: call ${p.delegate.fullName}, covering for ${p.fullName}.`,
    };
  }
  const unique = desks.filter((d, i) => desks.findIndex((x) => x.dutyPhone === d.dutyPhone) === i).slice(0, 3);
  const names = [...new Set(people.map((p) => p.cityName))];
  const fallbackNames = names.length ? names : unique.map((d) => d.name);
  if (words) {
    const lines = unique.length;
    const reason =
      people.length === 0
        ? words.reach('nobodyListed', { lines })
        : fallbackNames.length
          ? words.reach('nobodyOnDutyIn', { places: orList(fallbackNames, words.locale), lines })
          : words.reach('nobodyOnDuty', { lines });
    return { kind: 'desk', desks: unique, reason };
  }
  const places = list(fallbackNames);
  const nobody =
    people.length === 0 ? `Nobody is listed here` : `Nobody listed is on duty now${places ? ` in ${places}` : ''}`;
  const line = unique.length > 1 ? 'the 24/7 duty lines' : 'the 24/7 duty line';
  return { kind: 'desk', desks: unique, reason: `${nobody}: call ${line}.` };
}
