'use client';

import { availabilityAt, describeAvailability, type HoursSlot } from '@/lib/directory/availability';
import { useClock } from './use-clock';

type Props = {
  timeZone: string;
  hours: HoursSlot[];
  leave: { onLeave: boolean; returnsOn: string | null };
};

const STYLES = {
  available: 'bg-green-100 text-green-900 border-green-700',
  off: 'bg-stone-100 text-stone-800 border-stone-500',
  leave: 'bg-amber-100 text-amber-900 border-amber-700',
} as const;

/**
 * The status badge, in a slot one badge high whether or not it can be worked out, so nothing moves
 * when the browser fills it in (a cached page is rendered without a clock). Leave needs no clock:
 * it is shown from the start; otherwise the slot waits for JavaScript, and the hours printed below
 * it are what a reader without JavaScript goes by.
 */
export function LiveStatus({ timeZone, hours, leave }: Props) {
  const now = useClock();
  const status = now !== null ? availabilityAt(new Date(now), timeZone, hours, leave) : leave.onLeave ? ({ kind: 'leave', returnsOn: leave.returnsOn } as const) : null;
  return (
    <div className="flex min-h-7 items-center">
      {status && (
        <span className={`rounded border px-2 py-0.5 text-sm font-medium ${STYLES[status.kind]}`} data-status={status.kind}>
          {describeAvailability(status)}
        </span>
      )}
    </div>
  );
}
