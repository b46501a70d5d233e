import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContactEditor } from '@/components/contact-editor';
import { ApproveContactForm } from '@/components/approve-contact-form';
import { DeactivateContactForm } from '@/components/deactivate-contact-form';
import { InviteOfficerForm } from '@/components/invite-officer-form';
import { contactOptions, getContactEditor, getContactIdBySlug } from '@/db/queries/staff';
import { requireAdmin } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Edit contact' };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ saved?: string; confirmed?: string; deactivated?: string; approved?: string }>;
};

export default async function EditContactPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const actor = await requireAdmin(`/staff/contacts/${slug}`);
  const { saved, confirmed, deactivated, approved } = await searchParams;
  const id = await getContactIdBySlug(slug);
  const editor = id === null ? null : await getContactEditor(id);
  if (!editor) notFound();
  const { contact } = editor;
  const successors = (await contactOptions())
    .filter((c) => c.active && c.id !== contact.id)
    .map((c) => ({ id: c.id, name: `${c.fullName} — ${c.city}` }));
  return (
    <>
      <h1 className="text-2xl font-bold">{contact.fullName}</h1>
      <p className="mb-4 text-stone-800">
        {contact.organisation}, {contact.city} ·{' '}
        <Link href={`/contacts/${contact.slug}`} className="text-blue-800 underline">
          public page
        </Link>
      </p>
      {deactivated && (
        <p role="status" className="mb-4 rounded-lg bg-green-50 p-3 font-semibold text-green-900">
          Deactivated. Releases that list them now dial their successor.
        </p>
      )}
      {approved && (
        <p role="status" className="mb-4 rounded-lg bg-green-50 p-3 font-semibold text-green-900">
          Added to the directory: their page is public now.
        </p>
      )}
      {contact.awaitingReview && (
        <section aria-labelledby="review-heading" className="mb-6 rounded-lg border border-amber-400 bg-amber-50 p-3">
          <h2 id="review-heading" className="text-lg font-bold">
            Awaiting review
          </h2>
          <p className="mb-2">
            Imported from a release and not public yet. Check the details below (save them if you change any), then add
            them to the directory.
          </p>
          <ApproveContactForm contactId={contact.id} />
        </section>
      )}
      {contact.active || contact.awaitingReview ? (
        <ContactEditor
          editor={editor}
          returnTo={`/staff/contacts/${contact.slug}`}
          canMoveCity
          own={actor.contactId === contact.id}
          saved={saved}
          confirmed={confirmed}
        />
      ) : (
        <p className="rounded-lg bg-amber-50 p-3">This contact has left the directory.</p>
      )}
      {contact.active && (
        <div className="mt-8 grid gap-6 sm:grid-cols-2">
          <section aria-labelledby="invite-heading" className="rounded-lg border border-stone-300 p-3">
            <h2 id="invite-heading" className="text-lg font-bold">
              Invite an officer
            </h2>
            <p className="mb-2 text-sm text-stone-700">Makes an account that can edit only this contact.</p>
            <InviteOfficerForm contactId={contact.id} />
          </section>
          <section aria-labelledby="deactivate-heading" className="rounded-lg border border-stone-300 p-3">
            <h2 id="deactivate-heading" className="text-lg font-bold">
              Deactivate
            </h2>
            <p className="mb-2 text-sm text-stone-700">
              Their releases keep their name but dial the successor; their account stops working.
            </p>
            <DeactivateContactForm contactId={contact.id} successors={successors} />
          </section>
        </div>
      )}
    </>
  );
}
