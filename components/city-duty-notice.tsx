'use client';

import { availabilityAt, type HoursSlot } from '@/lib/directory/availability';
import { useClock } from './use-clock';

type Person = { timeZone: string; hours: HoursSlot[]; leave: { onLeave: boolean; returnsOn: string | null } };

/**
 * When nobody in the city is in hours, the duty line is pinned to the bottom of the screen,
 * under the thumb. It is worked out in the browser (the page is cached without a clock), so it
 * appears after the page has loaded: pinned, it moves nothing a reader is about to tap. While it
 * is there the body gets room below the footer (`data-duty-bar` in app/globals.css), so the end
 * of the page can be scrolled clear of it. Without JavaScript the press desk section lists the
 * same line.
 */
export function CityDutyNotice({ people, children }: { people: Person[]; children: React.ReactNode }) {
  const now = useClock();
  if (now === null) return null;
  const anyone = people.some((p) => availabilityAt(new Date(now), p.timeZone, p.hours, p.leave).kind === 'available');
  if (anyone) return null;
  return (
    <div data-duty-bar role="status" className="fixed inset-x-0 bottom-0 z-10 border-t-2 border-amber-700 bg-amber-50 px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.15)]">
      <div className="mx-auto max-w-3xl">
        <p className="mb-2 font-semibold">Nobody here is in office hours now. The duty line answers around the clock:</p>
        {children}
      </div>
    </div>
  );
}
