'use server';

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { confirmContactDetails, saveContactDetails } from '@/db/writes/contacts';
import { cities, contacts } from '@/db/schema';
import { canEditContact, isAdmin, safeReturnPath } from '@/lib/auth/rules';
import { parseContactForm } from '@/lib/directory/contact-form';
import { staffAction } from '@/lib/forms/staff-action';
import { revalidatePublic } from '@/lib/http/revalidate-public';

const REFUSED = 'You can change only your own details. Nothing was saved.';
const target = z.object({ contactId: z.coerce.number().int().positive(), returnTo: z.string() });
const contactOf = (id: number) => getDb().select().from(contacts).where(eq(contacts.id, id)).get();

export const saveContact = staffAction({
  role: 'staff',
  refused: REFUSED,
  target,
  canTouch: (actor, { contactId }) => canEditContact(actor, contactId) && contactOf(contactId) !== undefined,
  input: (read, { actor, target }) => {
    const db = getDb();
    const contact = contactOf(target.contactId)!;
    // A contact's city decides whose inbox its requests reach: only an admin moves it. An officer's
    // form shows the city read-only; whatever city id is posted, their stored one is kept.
    const keepCity = (name: string) => (name === 'cityId' && !isAdmin(actor) ? String(contact.cityId) : read(name));
    const countries = new Map(
      db
        .select({ id: cities.id, country: cities.country })
        .from(cities)
        .all()
        .map((c) => [c.id, c.country]),
    );
    const parsed = parseContactForm(keepCity, {
      contact,
      countryOfCity: (id) => countries.get(id),
      delegate: (id) =>
        db
          .select({ id: contacts.id, organisation: contacts.organisation, active: contacts.active })
          .from(contacts)
          .where(eq(contacts.id, id))
          .get(),
    });
    return parsed.ok ? { ok: true, input: parsed.details } : parsed;
  },
  run: async ({ actor, target, input }) => {
    // One's own details saved are one's own details confirmed ("Save and confirm"); an admin's edit of
    // someone else's says nothing about whether that person checked them.
    const confirm = actor.contactId === target.contactId;
    const result = saveContactDetails(getDb(), actor, target.contactId, input, new Date(), { confirm });
    await revalidatePublic(result.paths, { releaseLists: result.changes.length > 0 });
    return {
      redirect: `${safeReturnPath(target.returnTo)}?saved=${result.changes.length}${confirm ? '&confirmed=1' : ''}`,
    };
  },
});

export const confirmDetails = staffAction({
  role: 'staff',
  refused: REFUSED,
  target,
  canTouch: (actor, { contactId }) => canEditContact(actor, contactId) && contactOf(contactId) !== undefined,
  run: async ({ actor, target }) => {
    const result = confirmContactDetails(getDb(), actor, target.contactId);
    await revalidatePublic(result.paths, { releaseLists: false });
    return { redirect: `${safeReturnPath(target.returnTo)}?confirmed=1` };
  },
});
