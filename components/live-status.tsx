'use client';

import { availabilityAt, type HoursSlot } from '@/lib/directory/availability';
import { describeAvailabilityIn } from '@/lib/directory/directory-words';
import { useNow } from './use-clock';
import { useDirectoryWords } from './use-directory-words';

type Props = {
  timeZone: string;
  hours: HoursSlot[];
  leave: { onLeave: boolean; returnsOn: string | null };
  /** When the server rendered the page: the status in the HTML is the one at that moment */
  renderedAt: number;
};

const STYLES = {
  available: 'bg-green-100 text-green-900 border-green-700',
  off: 'bg-stone-100 text-stone-800 border-stone-500',
  leave: 'bg-amber-100 text-amber-900 border-amber-700',
} as const;

/**
 * The status badge. The server renders it as of the page's rendering, and the page is made again at
 * the next change of anyone it lists (lib/directory/reach-order.ts, db/ops/availability-refresh.ts),
 * so it is right without JavaScript; the browser only keeps it ticking, in a slot of the same height.
 */
export function LiveStatus({ timeZone, hours, leave, renderedAt }: Props) {
  const words = useDirectoryWords();
  const status = availabilityAt(new Date(useNow(renderedAt)), timeZone, hours, leave);
  return (
    <div className="flex min-h-7 items-center">
      <span
        className={`rounded border px-2 py-0.5 text-sm font-medium ${STYLES[status.kind]}`}
        data-status={status.kind}
      >
        {describeAvailabilityIn(status, words)}
      </span>
    </div>
  );
}
