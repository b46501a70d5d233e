'use client';

import { availabilityAt, type HoursSlot } from '@/lib/availability';
import { useClock } from './use-clock';

type Person = { timeZone: string; hours: HoursSlot[]; leave: { onLeave: boolean; returnsOn: string | null } };

/** Raises the duty line to the top when nobody in the city is in hours right now. */
export function CityDutyNotice({ people, children }: { people: Person[]; children: React.ReactNode }) {
  const now = useClock();
  if (now === null) return null;
  const anyone = people.some((p) => availabilityAt(new Date(now), p.timeZone, p.hours, p.leave).kind === 'available');
  if (anyone) return null;
  return (
    <div role="status" className="mt-4 rounded-xl border-2 border-amber-700 bg-amber-50 p-4">
      <p className="mb-2 font-semibold">Nobody here is in office hours right now. The duty line answers around the clock:</p>
      {children}
    </div>
  );
}
