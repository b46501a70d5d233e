'use server';

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { createAccount, createSetPasswordLink, findUserByEmail } from '@/db/writes/accounts';
import { writeAudit } from '@/db/writes/audit';
import { addContact, approveImportedContact, deactivateContact } from '@/db/writes/contacts-admin';
import { contacts } from '@/db/schema';
import { getAuth } from '@/lib/auth/auth';
import { staffAction } from '@/lib/forms/staff-action';
import { revalidatePublic } from '@/lib/http/revalidate-public';

const admin = {
  role: 'admin',
  refused: 'Only the press office’s admins can do this. Nothing was changed.',
  invalidMessage: 'Please correct the marked fields.',
} as const;
const id = z.coerce.number().int().positive();
const noTarget = z.object({});
const contactTarget = z.object({ contactId: id });

export const createContact = staffAction({
  ...admin,
  target: noTarget,
  input: z.object({
    fullName: z.string().trim().min(1, 'Enter the full name.').max(120),
    organisation: z.string().trim().min(1, 'Enter the organisation.').max(120),
    role: z.string().trim().max(120),
    cityId: z.coerce.number().int().positive('Choose a city.'),
  }),
  run: async ({ actor, input }) => {
    const made = addContact(getDb(), actor, input);
    await revalidatePublic(made.paths, { releaseLists: false });
    return { redirect: `/staff/contacts/${made.slug}?saved=1` };
  },
});

/** Makes an officer account without a password and shows a one-time link to choose one. */
export const inviteOfficer = staffAction({
  ...admin,
  notFound: 'That contact is not in the directory any more.',
  target: contactTarget,
  input: z.object({ officerEmail: z.string().trim().pipe(z.email('Enter the officer’s e-mail address.')) }),
  run: async ({ actor, target, input: { officerEmail } }) => {
    const db = getDb();
    const contact = db.select().from(contacts).where(eq(contacts.id, target.contactId)).get();
    if (!contact?.active) return { status: 'refused', message: 'That contact is not in the directory any more.' };
    if (findUserByEmail(db, officerEmail)) {
      const fieldErrors = { officerEmail: 'An account with this e-mail exists already.' };
      return { status: 'invalid', message: admin.invalidMessage, fieldErrors, values: { officerEmail } };
    }
    const auth = getAuth();
    const userId = await createAccount(auth, {
      email: officerEmail,
      name: contact.fullName,
      role: 'officer',
      contactId: contact.id,
      password: null,
    });
    const link = await createSetPasswordLink(auth, userId);
    const change = { field: 'officerAccount', oldValue: null, newValue: officerEmail.toLowerCase() };
    writeAudit(db, actor, 'contact', contact.id, contact.fullName, [change]);
    return {
      status: 'done',
      message: `Account made for ${officerEmail}. Send them this link; it works once, for 7 days:`,
      link,
    };
  },
});

export const deactivateContactAction = staffAction({
  ...admin,
  notFound: 'That contact does not exist.',
  target: contactTarget,
  input: z.object({
    successorId: z.coerce
      .number({ message: 'Choose who takes their calls.' })
      .int()
      .positive('Choose who takes their calls.'),
  }),
  run: async ({ actor, target: { contactId }, input: { successorId } }) => {
    const db = getDb();
    let paths: string[];
    try {
      paths = deactivateContact(db, actor, contactId, successorId).paths;
    } catch {
      const fieldErrors = { successorId: 'Choose an active colleague other than this contact.' };
      return {
        status: 'invalid',
        message: admin.invalidMessage,
        fieldErrors,
        values: { successorId: String(successorId) },
      };
    }
    await revalidatePublic(paths, { releaseLists: true });
    const slug = db.select({ slug: contacts.slug }).from(contacts).where(eq(contacts.id, contactId)).get()!.slug;
    return { redirect: `/staff/contacts/${slug}?deactivated=1` };
  },
});

/** An imported contact, reviewed, becomes public. */
export const approveContactAction = staffAction({
  ...admin,
  notFound: 'That contact does not exist.',
  target: contactTarget,
  run: async ({ actor, target }) => {
    const made = approveImportedContact(getDb(), actor, target.contactId);
    if (!made) return { status: 'refused', message: 'This contact is not awaiting review: nothing was changed.' };
    await revalidatePublic(made.paths, { releaseLists: true });
    return { redirect: `/staff/contacts/${made.slug}?approved=1` };
  },
});
