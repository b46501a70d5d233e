'use client';

import { useClock } from './use-clock';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * "Printed on 1 December 2026": the day of printing, not of rendering, since the sheet is a cached
 * page. Without JavaScript it says the day the details were made instead, which is what it knows.
 */
export function PrintedOn({ renderedAt }: { renderedAt: number }) {
  const now = useClock();
  return now === null ? <>Details as of {day.format(renderedAt)}</> : <>Printed on {day.format(now)}</>;
}
