import type { Metadata } from 'next';
import Link from 'next/link';
import { inputClass } from '@/components/forms/field';
import { RequestListItem } from '@/components/request-list-item';
import { inboxFilterOptions, listInbox } from '@/db/queries/inbox';
import { getStaffClock } from '@/db/queries/staff-clock';
import { STATUS_LABELS } from '@/lib/requests/emails';
import { activeQuickFilter, QUICK_FILTERS, quickFiltersOf } from '@/lib/requests/needs-me';
import { STATUSES, type RequestStatus } from '@/lib/requests/workflow';
import { requireActor } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Interview requests' };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const id = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

export default async function InboxPage({ searchParams }: Props) {
  const actor = await requireActor('/requests');
  const q = await searchParams;
  const status = STATUSES.find((s) => s === q.status) as RequestStatus | undefined;
  const quick = quickFiltersOf(q);
  const filters = {
    ...quick,
    status,
    cityId: id(q.city),
    contactId: id(q.contact),
    sort: q.sort === 'deadline' ? ('deadline' as const) : ('newest' as const),
  };
  const now = new Date();
  const [rows, options, clock] = await Promise.all([
    listInbox(actor, filters, now),
    inboxFilterOptions(),
    getStaffClock(actor),
  ]);
  const active = activeQuickFilter(quick);
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
      <nav aria-label="Quick filters" className="mt-2">
        <ul className="flex flex-wrap gap-2">
          {QUICK_FILTERS.map((f) => (
            <li key={f.key}>
              <Link
                href={f.href}
                aria-current={active === f.key ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border-2 border-blue-800 px-4 font-semibold ${active === f.key ? 'bg-blue-800 text-white' : 'bg-white text-blue-800'}`}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        method="get"
        className="mt-3 grid gap-3 rounded-lg border border-stone-300 bg-white p-3 sm:grid-cols-5 sm:items-end"
      >
        {quick.mine && <input type="hidden" name="mine" value="1" />}
        {quick.due && <input type="hidden" name="due" value={quick.due} />}
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
        <>
          <p className="mt-4 text-sm text-stone-700">Times in {clock.timeZone.replace(/_/g, ' ')}.</p>
          <ul className="mt-1 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
            {rows.map((r) => (
              <RequestListItem key={r.id} row={r} zone={clock.timeZone} now={now} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
