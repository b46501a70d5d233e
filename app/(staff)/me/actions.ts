'use server';

import { eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { confirmContactDetails, saveContactDetails } from '@/db/writes/contacts';
import { cities, contacts } from '@/db/schema';
import { canEditContact, safeReturnPath } from '@/lib/auth/rules';
import { parseContactForm, type FieldErrors, type FormValues } from '@/lib/directory/contact-form';
import { revalidatePublic } from '@/lib/http/revalidate-public';
import { currentActor } from '@/lib/auth/staff-session';

export type ContactFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: FieldErrors; values: FormValues }
  | { status: 'refused'; message: string };

const contactIdSchema = z.coerce.number().int().positive();
const REFUSED = 'You can change only your own details. Nothing was saved.';

/** Reads the contact id the form claims, and checks the signed-in person may touch it. */
async function authorise(formData: FormData) {
  const actor = await currentActor();
  if (!actor) return { error: 'Your session has ended. Sign in again; nothing was saved.' } as const;
  const id = contactIdSchema.safeParse(formData.get('contactId'));
  if (!id.success || !canEditContact(actor, id.data)) return { error: REFUSED } as const;
  const contact = getDb().select().from(contacts).where(eq(contacts.id, id.data)).get();
  if (!contact) return { error: REFUSED } as const;
  return { actor, contact } as const;
}

export async function saveContact(_prev: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const auth = await authorise(formData);
  if ('error' in auth) return { status: 'refused', message: auth.error! };
  const db = getDb();
  const countries = new Map(db.select({ id: cities.id, country: cities.country }).from(cities).all().map((c) => [c.id, c.country]));
  const parsed = parseContactForm((name) => String(formData.get(name) ?? ''), {
    contact: auth.contact,
    countryOfCity: (id) => countries.get(id),
    delegate: (id) => db.select({ id: contacts.id, organisation: contacts.organisation, active: contacts.active }).from(contacts).where(eq(contacts.id, id)).get(),
  });
  if (!parsed.ok) return { status: 'invalid', message: 'Nothing was saved yet. Please correct the marked fields.', fieldErrors: parsed.fieldErrors, values: parsed.values };
  const result = saveContactDetails(db, auth.actor, auth.contact.id, parsed.details);
  revalidatePublic(result.paths, { releaseLists: result.changes.length > 0 });
  redirect(`${safeReturnPath(formData.get('returnTo'))}?saved=${result.changes.length}`);
}

export async function confirmDetails(_prev: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const auth = await authorise(formData);
  if ('error' in auth) return { status: 'refused', message: auth.error! };
  const result = confirmContactDetails(getDb(), auth.actor, auth.contact.id);
  revalidatePublic(result.paths, { releaseLists: false });
  redirect(`${safeReturnPath(formData.get('returnTo'))}?confirmed=1`);
}
