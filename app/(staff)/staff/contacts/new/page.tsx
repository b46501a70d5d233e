import type { Metadata } from 'next';
import { NewContactForm } from '@/components/new-contact-form';
import { listCitiesForStaff } from '@/db/queries/staff';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Add a contact' };

export default async function NewContactPage() {
  await requireAdmin('/staff/contacts/new');
  const cities = await listCitiesForStaff();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Add a contact</h1>
      <p className="mb-4 text-stone-800">
        Numbers, hours and languages are filled in on the next page, or by the officer after you invite them.
      </p>
      <NewContactForm cities={cities.map((c) => ({ id: c.id, name: c.name }))} />
    </>
  );
}
