import type { Metadata } from 'next';
import { ReleaseImportForm } from '@/components/release-import-form';
import { contactOptions, listCitiesForStaff } from '@/db/queries/staff';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Import a release' };

export default async function ImportReleasePage() {
  await requireAdmin('/staff/releases/import');
  const [people, cities] = await Promise.all([contactOptions(), listCitiesForStaff()]);
  return (
    <>
      <h1 className="text-2xl font-bold">Import a release</h1>
      <p className="mt-2 mb-4 max-w-prose text-stone-800">
        Pressline reads the title, date, dateline and the media-contacts block, recognises the people it knows by phone,
        e-mail or name, and proposes the others as new contacts. You check everything before it is saved, as a draft:
        nothing is public until you publish it.
      </p>
      <ReleaseImportForm
        contacts={people.map((c) => ({
          id: c.id,
          name: `${c.fullName} — ${c.city}${c.active ? '' : ' (not public)'}`,
        }))}
        cities={cities.map((c) => ({ id: c.id, name: c.name }))}
      />
    </>
  );
}
