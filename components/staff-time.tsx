import { formatStaffTime, journalistTimeTitle } from '@/lib/time/staff-clock';

/**
 * A time in the staff area, on the officer's clock with its zone ("Tue 1 Dec 2026, 18:00 MSK"); where a
 * journalist set it, their own clock is on hover.
 */
export function StaffTime({
  at,
  zone,
  journalistZone,
  time,
}: {
  at: Date;
  zone: string;
  journalistZone?: string;
  time?: boolean;
}) {
  return (
    <time dateTime={at.toISOString()} title={journalistZone ? journalistTimeTitle(at, journalistZone) : undefined}>
      {formatStaffTime(at, zone, { time })}
    </time>
  );
}
