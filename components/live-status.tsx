'use client';

import { availabilityAt, describeAvailability, type HoursSlot } from '@/lib/availability';
import { useClock } from './use-clock';

type Props = {
  timeZone: string;
  hours: HoursSlot[];
  leave: { onLeave: boolean; returnsOn: string | null };
  /** What a cached page says without JavaScript: always true, whatever the time. */
  fallback: string;
};

const STYLES = {
  available: 'bg-green-100 text-green-900 border-green-700',
  off: 'bg-stone-100 text-stone-800 border-stone-500',
  leave: 'bg-amber-100 text-amber-900 border-amber-700',
} as const;

export function LiveStatus({ timeZone, hours, leave, fallback }: Props) {
  const now = useClock();
  if (now === null) return <p className="text-sm text-stone-700">{fallback}</p>;
  const status = availabilityAt(new Date(now), timeZone, hours, leave);
  return (
    <p className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${STYLES[status.kind]}`} data-status={status.kind}>
      {describeAvailability(status)}
    </p>
  );
}
