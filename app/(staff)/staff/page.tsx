import type { Metadata } from 'next';
import Link from 'next/link';
import { Freshness } from '@/components/freshness';
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
  return (
    <>
      <h1 className="text-2xl font-bold">Dashboard</h1>
      {denied && (
        <p role="alert" className="mt-2 rounded-lg bg-amber-50 p-3">
          That page is for the press office&rsquo;s admins.
        </p>
      )}
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
