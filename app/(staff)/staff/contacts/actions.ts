'use server';

import { eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { createAccount, createSetPasswordLink, findUserByEmail } from '@/db/writes/accounts';
import { writeAudit } from '@/db/writes/audit';
import { addContact, approveImportedContact, deactivateContact } from '@/db/writes/contacts-admin';
import { contacts } from '@/db/schema';
import { getAuth } from '@/lib/auth/auth';
import { canManageDirectory } from '@/lib/auth/rules';
import type { FieldErrors, FormValues } from '@/lib/directory/contact-form';
import { revalidatePublic } from '@/lib/http/revalidate-public';
import { currentActor } from '@/lib/auth/staff-session';

export type AdminFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: FieldErrors; values: FormValues }
  | { status: 'refused'; message: string }
  | { status: 'done'; message: string; link?: string };

const REFUSED: AdminFormState = { status: 'refused', message: 'Only the press office’s admins can do this. Nothing was changed.' };

function invalid(error: z.ZodError, values: FormValues): AdminFormState {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
  return { status: 'invalid', message: 'Please correct the marked fields.', fieldErrors, values };
}

const newContact = z.object({
  fullName: z.string().trim().min(1, 'Enter the full name.').max(120),
  organisation: z.string().trim().min(1, 'Enter the organisation.').max(120),
  role: z.string().trim().max(120),
  cityId: z.coerce.number().int().positive('Choose a city.'),
});

export async function createContact(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return REFUSED;
  const values = Object.fromEntries(['fullName', 'organisation', 'role', 'cityId'].map((k) => [k, String(formData.get(k) ?? '')]));
  const parsed = newContact.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const made = addContact(getDb(), actor!, parsed.data);
  revalidatePublic(made.paths, { releaseLists: false });
  redirect(`/staff/contacts/${made.slug}?saved=1`);
}

const invite = z.object({ contactId: z.coerce.number().int().positive(), officerEmail: z.string().trim().pipe(z.email('Enter the officer’s e-mail address.')) });

/** Makes an officer account without a password and shows a one-time link to choose one. */
export async function inviteOfficer(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return REFUSED;
  const values = { officerEmail: String(formData.get('officerEmail') ?? ''), contactId: String(formData.get('contactId') ?? '') };
  const parsed = invite.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const db = getDb();
  const contact = db.select().from(contacts).where(eq(contacts.id, parsed.data.contactId)).get();
  if (!contact?.active) return { status: 'refused', message: 'That contact is not in the directory any more.' };
  if (findUserByEmail(db, parsed.data.officerEmail)) return { status: 'invalid', message: 'Please correct the marked fields.', fieldErrors: { officerEmail: 'An account with this e-mail exists already.' }, values };
  const auth = getAuth();
  const userId = await createAccount(auth, { email: parsed.data.officerEmail, name: contact.fullName, role: 'officer', contactId: contact.id, password: null });
  const link = await createSetPasswordLink(auth, userId);
  writeAudit(db, actor!, 'contact', contact.id, contact.fullName, [{ field: 'officerAccount', oldValue: null, newValue: parsed.data.officerEmail.toLowerCase() }]);
  return { status: 'done', message: `Account made for ${parsed.data.officerEmail}. Send them this link; it works once, for 7 days:`, link };
}

const deactivate = z.object({ contactId: z.coerce.number().int().positive(), successorId: z.coerce.number({ message: 'Choose who takes their calls.' }).int().positive('Choose who takes their calls.') });

export async function deactivateContactAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return REFUSED;
  const values = { contactId: String(formData.get('contactId') ?? ''), successorId: String(formData.get('successorId') ?? '') };
  const parsed = deactivate.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const db = getDb();
  let paths: string[];
  try {
    paths = deactivateContact(db, actor!, parsed.data.contactId, parsed.data.successorId).paths;
  } catch {
    return { status: 'invalid', message: 'Please correct the marked fields.', fieldErrors: { successorId: 'Choose an active colleague other than this contact.' }, values };
  }
  revalidatePublic(paths, { releaseLists: true });
  const slug = db.select({ slug: contacts.slug }).from(contacts).where(eq(contacts.id, parsed.data.contactId)).get()!.slug;
  redirect(`/staff/contacts/${slug}?deactivated=1`);
}

const approve = z.object({ contactId: z.coerce.number().int().positive() });

/** An imported contact, reviewed, becomes public. */
export async function approveContactAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return REFUSED;
  const parsed = approve.safeParse({ contactId: formData.get('contactId') });
  if (!parsed.success) return { status: 'refused', message: 'That contact does not exist.' };
  const made = approveImportedContact(getDb(), actor!, parsed.data.contactId);
  if (!made) return { status: 'refused', message: 'This contact is not awaiting review: nothing was changed.' };
  revalidatePublic(made.paths, { releaseLists: true });
  redirect(`/staff/contacts/${made.slug}?approved=1`);
}
