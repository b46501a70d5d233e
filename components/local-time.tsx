'use client';

import { useLocale, useTranslations } from 'next-intl';
import { intlLocale } from '@/lib/directory/directory-words';
import { useClock } from './use-clock';

const clocks = new Map<string, Intl.DateTimeFormat>();
const clock = (timeZone: string, locale: string) => {
  const key = `${locale} ${timeZone}`;
  let fmt = clocks.get(key);
  if (!fmt)
    clocks.set(
      key,
      (fmt = new Intl.DateTimeFormat(intlLocale(locale), {
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
 * "It is Tue 14:05 in Moscow": the clock the journalist will reach, in the city's zone and the reader's
 * language. Without JavaScript the page shows the time it was made at, and says so (it is made again at
 * every change of anyone's hours).
 */
export function LocalTime({ timeZone, city, renderedAt }: { timeZone: string; city: string; renderedAt: number }) {
  const now = useClock();
  const t = useTranslations('LocalTime');
  const locale = useLocale();
  const at = now ?? renderedAt;
  const time = (chunks: React.ReactNode) => <time dateTime={new Date(at).toISOString()}>{chunks}</time>;
  const clockText = clock(timeZone, locale).format(at);
  return <span>{t.rich(now === null ? 'whenMade' : 'now', { city, clock: clockText, time })}</span>;
}
