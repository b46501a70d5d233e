'use client';

import { useClock } from './use-clock';

/** "14:05 in Moscow": the clock the journalist will reach, kept current on a cached page. */
export function LocalTime({ timeZone, city }: { timeZone: string; city: string }) {
  const now = useClock();
  if (now === null) return <span>Times are {city} time</span>;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return (
    <span>
      It is <time>{time}</time> in {city}
    </span>
  );
}
