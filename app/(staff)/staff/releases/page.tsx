import type { Metadata } from 'next';
import Link from 'next/link';
import { listReleasesForStaff } from '@/db/queries/staff-releases';
import { formatDate } from '@/lib/time/dates';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Releases (admin)' };

export default async function StaffReleasesPage() {
  await requireAdmin('/staff/releases');
  const rows = await listReleasesForStaff();
  return (
    <>
      <h1 className="text-2xl font-bold">Releases</h1>
      <p className="mt-2 flex flex-wrap gap-x-6">
        <Link
          href="/staff/releases/new"
          className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
        >
          New release
        </Link>
        <Link
          href="/staff/releases/import"
          className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
        >
          Import a release from its text
        </Link>
      </p>
      <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
        {rows.map((r) => (
          <li key={r.id} className="p-3">
            <Link
              href={`/staff/releases/${r.slug}`}
              className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
            >
              {r.title}
            </Link>
            <p className="text-sm text-stone-700">
              {formatDate(r.publishedOn)} · {r.status === 'published' ? 'Published' : 'Draft'}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
