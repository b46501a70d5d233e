import Link from 'next/link';
import { STATUS_LABELS } from '@/lib/requests/emails';
import { isWaiting } from '@/lib/requests/needs-me';
import type { RequestStatus } from '@/lib/requests/workflow';
import { deadlineState } from '@/lib/time/staff-clock';
import { RequestLocaleBadge } from './request-locale-badge';
import { StaffTime } from './staff-time';

export type RequestListRow = {
  id: number;
  reference: string | null;
  topic: string;
  journalistName: string;
  outlet: string;
  /** The language of the page it was written from */
  locale: string;
  status: RequestStatus;
  deadlineAt: Date;
  deadlineTimeZone: string;
  city: string | null;
  contact: string | null;
  isNew: boolean;
};

/** One request in the inbox or on the staff home: new to this officer or not, and its deadline on their clock. */
export function RequestListItem({ row: r, zone, now }: { row: RequestListRow; zone: string; now: Date }) {
  const due = isWaiting(r.status) ? deadlineState(r.deadlineAt, now) : 'later';
  return (
    <li className="p-3" data-request-id={r.id} data-new={r.isNew ? '1' : undefined}>
      <p className="flex flex-wrap items-center gap-x-2">
        {r.isNew && (
          <span className="rounded bg-blue-800 px-2 py-0.5 text-sm font-bold text-white" data-new-badge>
            New
          </span>
        )}
        <Link
          href={`/requests/${r.id}`}
          className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
        >
          {r.reference ?? `#${r.id}`} · {r.topic}
        </Link>
        <RequestLocaleBadge locale={r.locale} />
      </p>
      <p className="text-sm text-stone-700">
        {STATUS_LABELS[r.status]} · {r.journalistName}, {r.outlet} · for {r.contact ?? r.city ?? 'a release'} · deadline{' '}
        <StaffTime at={r.deadlineAt} zone={zone} journalistZone={r.deadlineTimeZone} />
        {due === 'overdue' && <strong className="text-red-800"> · overdue</strong>}
        {due === 'due-soon' && <strong className="text-amber-900"> · due within 24 h</strong>}
      </p>
    </li>
  );
}
