'use client';

import { useClock } from './use-clock';

const clocks = new Map<string, Intl.DateTimeFormat>();
const clock = (timeZone: string) => {
  let fmt = clocks.get(timeZone);
  if (!fmt)
    clocks.set(
      timeZone,
      (fmt = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })),
    );
  return fmt;
};

/**
 * "It is Tue 14:05 in Moscow": the clock the journalist will reach. Without JavaScript the page shows
 * the time it was made at, and says so (it is made again at every change of anyone's hours).
 */
export function LocalTime({ timeZone, city, renderedAt }: { timeZone: string; city: string; renderedAt: number }) {
  const now = useClock();
  const time = (
    <time dateTime={new Date(now ?? renderedAt).toISOString()}>{clock(timeZone).format(now ?? renderedAt)}</time>
  );
  if (now === null) {
    return (
      <span>
        It was {time} in {city} when this page was made
      </span>
    );
  }
  return (
    <span>
      It is {time} in {city}
    </span>
  );
}
