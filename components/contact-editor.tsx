import Link from 'next/link';
import { isStale, type ContactEditorData } from '@/lib/directory/contact-editor';
import { ConfirmDetailsForm } from './confirm-details-form';
import { ConfirmedOn } from './confirmed-on';
import { ContactDetailsForm } from './contact-details-form';

/**
 * `canMoveCity`: only admins move a contact to another city (it decides whose requests they see).
 * `own`: the signed-in officer's own details, where saving also confirms them (one button).
 */
type Props = {
  editor: ContactEditorData;
  returnTo: string;
  canMoveCity: boolean;
  own: boolean;
  saved?: string;
  confirmed?: string;
};

/** The one form for a contact's details, used by /me and by admins on any contact. */
export function ContactEditor({ editor, returnTo, canMoveCity, own, saved, confirmed }: Props) {
  const { contact } = editor;
  const confirmedAt = contact.confirmedAt?.getTime() ?? null;
  return (
    <div className="flex flex-col gap-6">
      {(saved !== undefined || confirmed) && (
        <p role="status" className="rounded-lg bg-green-50 p-3 font-semibold text-green-900">
          {confirmed && saved === '0'
            ? 'Nothing had changed: your details are confirmed as current.'
            : confirmed && saved !== undefined
              ? 'Saved and confirmed. The public pages show the change now.'
              : confirmed
                ? 'Thank you: your details are confirmed as current.'
                : saved === '0'
                  ? 'Nothing had changed, so nothing was saved.'
                  : 'Saved. The public pages show the change now.'}
        </p>
      )}
      <section
        aria-labelledby="freshness-heading"
        className={`rounded-lg p-3 ${isStale(contact.confirmedAt) ? 'bg-amber-50' : 'bg-white'}`}
      >
        <h2 id="freshness-heading" className="text-lg font-bold">
          Are these details current?
        </h2>
        <p className="mb-2">
          {confirmedAt ? (
            <ConfirmedOn
              at={confirmedAt}
              fallback={`Details confirmed on ${contact.confirmedAt!.toISOString().slice(0, 10)}`}
            />
          ) : (
            'Never confirmed.'
          )}{' '}
          Journalists see this date on{' '}
          <Link href={`/contacts/${contact.slug}`} className="text-blue-800 underline">
            the public page
          </Link>
          .
        </p>
        {own ? (
          <p className="text-sm text-stone-700">“Save and confirm” below confirms them, changed or not.</p>
        ) : (
          <ConfirmDetailsForm contactId={contact.id} returnTo={returnTo} />
        )}
      </section>
      <ContactDetailsForm
        key={`${contact.id}-${saved ?? ''}`}
        contactId={contact.id}
        returnTo={returnTo}
        city={contact.city}
        canMoveCity={canMoveCity}
        initial={editor.values}
        cities={editor.cities.map((c) => ({ id: c.id, name: c.name }))}
        delegates={editor.delegates.map((d) => ({ id: d.id, name: d.fullName }))}
        confirms={own}
      />
    </div>
  );
}
