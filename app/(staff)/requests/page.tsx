import type { Metadata } from 'next';
import Link from 'next/link';
import { inputClass } from '@/components/forms/field';
import { inboxFilterOptions, listInbox } from '@/db/queries/inbox';
import { STATUS_LABELS } from '@/lib/requests/emails';
import { STATUSES, type RequestStatus } from '@/lib/requests/workflow';
import { formatInZone } from '@/lib/time/zoned-time';
import { requireActor } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Interview requests' };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const id = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

export default async function InboxPage({ searchParams }: Props) {
  const actor = await requireActor('/requests');
  const q = await searchParams;
  const status = STATUSES.find((s) => s === q.status) as RequestStatus | undefined;
  const filters = {
    status,
    cityId: id(q.city),
    contactId: id(q.contact),
    sort: q.sort === 'deadline' ? ('deadline' as const) : ('newest' as const),
  };
  const [rows, options] = await Promise.all([listInbox(actor, filters), inboxFilterOptions()]);
  const select = (name: string, label: string, current: string | undefined, opts: [string, string][]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={current ?? ''} className={inputClass}>
        {opts.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <h1 className="text-2xl font-bold">Interview requests</h1>
      <form
        method="get"
        className="mt-3 grid gap-3 rounded-lg border border-stone-300 bg-white p-3 sm:grid-cols-5 sm:items-end"
      >
        {select('status', 'Status', q.status, [
          ['', 'Any'],
          ...STATUSES.map((s): [string, string] => [s, STATUS_LABELS[s]]),
        ])}
        {select('city', 'City', q.city, [
          ['', 'Any'],
          ...options.cities.map((c): [string, string] => [String(c.id), c.name]),
        ])}
        {select('contact', 'Addressed to', q.contact, [
          ['', 'Anyone'],
          ...options.contacts.map((c): [string, string] => [String(c.id), c.fullName]),
        ])}
        {select('sort', 'Order', q.sort, [
          ['newest', 'Newest first'],
          ['deadline', 'Soonest deadline first'],
        ])}
        <button type="submit" className="min-h-11 rounded-lg bg-brand-800 px-4 font-semibold text-white">
          Show
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-4">No requests match.</p>
      ) : (
        <ul className="mt-4 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
          {rows.map((r) => (
            <li key={r.id} className="p-3">
              <Link
                href={`/requests/${r.id}`}
                className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
              >
                {r.reference} · {r.topic}
              </Link>
              <p className="text-sm text-stone-700">
                {STATUS_LABELS[r.status]} · {r.journalistName}, {r.outlet} · for {r.contact ?? r.city ?? 'a release'} ·
                deadline {formatInZone(r.deadlineAt, r.cityTimeZone ?? r.deadlineTimeZone)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
