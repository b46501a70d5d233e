import type { Metadata } from 'next';
import Link from 'next/link';
import { Freshness } from '@/components/freshness';
import { listContactsForStaff } from '@/db/queries/staff';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Contacts (admin)' };

export default async function StaffContactsPage() {
  await requireAdmin('/staff/contacts');
  const rows = await listContactsForStaff();
  return (
    <>
      <h1 className="text-2xl font-bold">Contacts</h1>
      <p className="mt-2 flex flex-wrap gap-x-6">
        <Link
          href="/staff/contacts/new"
          className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
        >
          Add a contact
        </Link>
        <Link
          href="/staff/contacts/import"
          className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
        >
          Import a contact list (.vcf or .csv)
        </Link>
      </p>
      <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
        {rows.map((c) => (
          <li key={c.id} className="p-3">
            <Link
              href={`/staff/contacts/${c.slug}`}
              className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
            >
              {c.fullName}
            </Link>
            <p className="text-sm text-stone-700">
              {c.city} · {c.organisation} ·{' '}
              {c.active ? (
                <Freshness confirmedAt={c.confirmedAt} stale={c.stale} />
              ) : c.successorId === null ? (
                <strong>Awaiting review (imported)</strong>
              ) : (
                'Left the directory'
              )}
              {c.accounts.length > 0 && <> · account {c.accounts.join(', ')}</>}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
