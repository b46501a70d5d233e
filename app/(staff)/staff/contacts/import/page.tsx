import type { Metadata } from 'next';
import { ContactListImportForm } from '@/components/contact-list-import-form';
import { listCitiesForStaff } from '@/db/queries/staff';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Import a contact list' };

export default async function ImportContactListPage() {
  await requireAdmin('/staff/contacts/import');
  const cities = await listCitiesForStaff();
  return (
    <>
      <h1 className="text-2xl font-bold">Import a contact list</h1>
      <p className="mt-2 mb-4 max-w-prose text-stone-800">
        Upload your press office’s address book as one .vcf file (Outlook, Google Contacts and Apple Contacts all export
        one) or as a spreadsheet saved as CSV; for a spreadsheet you then say what each column holds. Pressline reads
        every person, recognises the people it knows by e-mail or number, and proposes the others as new contacts
        awaiting review. Nothing is saved until you import.
      </p>
      <ContactListImportForm cities={cities.map((c) => ({ id: c.id, name: c.name }))} />
    </>
  );
}
