'use client';

import { useClock } from './use-clock';

const DAY = 24 * 60 * 60 * 1000;

/** "Details confirmed 12 days ago", counted at viewing time even on a cached page. */
export function ConfirmedOn({ at, fallback }: { at: number; fallback: string }) {
  const now = useClock();
  if (now === null) return <>{fallback}</>;
  const days = Math.max(0, Math.floor((now - at) / DAY));
  const when = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return <>Details confirmed {when}</>;
}
