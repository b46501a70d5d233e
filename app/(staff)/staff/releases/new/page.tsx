import type { Metadata } from 'next';
import { ReleaseForm } from '@/components/release-form';
import { getReleaseEditor } from '@/db/queries/staff-releases';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'New release' };

export default async function NewReleasePage() {
  await requireAdmin('/staff/releases/new');
  const editor = (await getReleaseEditor(null))!;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">New release</h1>
      <p className="mb-4 text-stone-800">It is saved as a draft; publish it from the next page.</p>
      <ReleaseForm
        releaseId={null}
        initial={editor.values}
        contacts={editor.contacts}
        translationOptions={editor.translationOptions}
      />
    </>
  );
}
