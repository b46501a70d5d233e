import type { Metadata } from 'next';
import Link from 'next/link';
import { listCitiesForStaff } from '@/db/queries/staff';
import { formatInternational } from '@/lib/directory/phone';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Cities (admin)' };

export default async function StaffCitiesPage() {
  await requireAdmin('/staff/cities');
  const rows = await listCitiesForStaff();
  return (
    <>
      <h1 className="text-2xl font-bold">Cities</h1>
      <p className="mt-2">
        <Link
          href="/staff/cities/new"
          className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
        >
          Add a city
        </Link>
      </p>
      <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
        {rows.map((c) => (
          <li key={c.id} className="p-3">
            <Link
              href={`/staff/cities/${c.slug}`}
              className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline"
            >
              {c.name}
            </Link>
            <p className="text-sm text-stone-700">
              {c.country} · {c.timeZone} · {c.deskEmail} · duty {formatInternational(c.dutyPhone)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
