import type { Metadata } from 'next';
import Link from 'next/link';
import { Freshness } from '@/components/freshness';
import { RequestListItem } from '@/components/request-list-item';
import { listNeedsMe } from '@/db/queries/needs-me';
import { QUICK_FILTERS } from '@/lib/requests/needs-me';
import { getStaffClock } from '@/db/queries/staff-clock';
import { getOwnContactSummary, listContactsForStaff } from '@/db/queries/staff';
import { isStale, STALE_AFTER_DAYS } from '@/lib/directory/contact-editor';
import { requireActor } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Dashboard' };

type Props = { searchParams: Promise<{ denied?: string }> };

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requireActor('/staff');
  const { denied } = await searchParams;
  const own = actor.contactId !== null ? await getOwnContactSummary(actor.contactId) : undefined;
  const stale = actor.role === 'admin' ? (await listContactsForStaff()).filter((c) => c.stale) : [];
  const [waiting, clock] = await Promise.all([listNeedsMe(actor), getStaffClock(actor)]);
  const newCount = waiting.filter((r) => r.isNew).length;
  const now = new Date();
  return (
    <>
      <h1 className="text-2xl font-bold">Dashboard</h1>
      {denied && (
        <p role="alert" className="mt-2 rounded-lg bg-amber-50 p-3">
          That page is for the press office&rsquo;s admins.
        </p>
      )}
      <section aria-labelledby="needs-me-heading" className="mt-4">
        <h2 id="needs-me-heading" className="text-xl font-bold">
          What needs me now
        </h2>
        <p className="mt-1" data-needs-me-summary>
          {waiting.length === 0
            ? 'No request is waiting for an answer.'
            : `${newCount} new, ${waiting.length} waiting for an answer${waiting.length === 50 ? ' (the first 50 shown)' : ''}.`}{' '}
          Times in {clock.timeZone.replace(/_/g, ' ')}.
        </p>
        {waiting.length > 0 && (
          <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
            {waiting.map((r) => (
              <RequestListItem key={r.id} row={r} zone={clock.timeZone} now={now} />
            ))}
          </ul>
        )}
        <ul className="mt-2 flex flex-wrap gap-x-4">
          {QUICK_FILTERS.filter((f) => f.key !== 'all').map((f) => (
            <li key={f.key}>
              <Link href={f.href} className="inline-flex min-h-11 items-center text-blue-800 underline">
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {own && (
        <section aria-labelledby="own-heading" className="mt-4 rounded-xl border border-stone-300 bg-white p-4">
          <h2 id="own-heading" className="text-xl font-bold">
            {own.fullName}, {own.city}
          </h2>
          <p className="mt-1">
            <Freshness confirmedAt={own.confirmedAt} stale={isStale(own.confirmedAt)} />
          </p>
          <p className="mt-2">
            <Link href="/me" className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline">
              Check and confirm my details
            </Link>
          </p>
        </section>
      )}
      {actor.role === 'admin' && (
        <section aria-labelledby="stale-heading" className="mt-6">
          <h2 id="stale-heading" className="text-xl font-bold">
            Not confirmed for {STALE_AFTER_DAYS} days
          </h2>
          {stale.length === 0 ? (
            <p className="mt-1">Every active contact confirmed their details recently.</p>
          ) : (
            <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
              {stale.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <Link
                    href={`/staff/contacts/${c.slug}`}
                    className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
                  >
                    {c.fullName}
                  </Link>
                  <span className="text-sm">
                    {c.city} · <Freshness confirmedAt={c.confirmedAt} stale />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
