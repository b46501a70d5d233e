import { and, eq, inArray, isNull } from 'drizzle-orm';
import { diffSnapshots } from '@/lib/audit-diff';
import { canManageDirectory, type Actor } from '@/lib/auth/rules';
import { slugify, uniqueSlug } from '@/lib/slug';
import { publicPathsForContacts } from '../queries/affected-paths';
import { writeAudit } from './audit';
import { NotAllowedError } from './contacts';
import { writeTransaction, type Db } from '..';
import { cities, contacts, sessions, users } from '../schema';

export type NewContact = { fullName: string; organisation: string; role: string; cityId: number };

export function addContact(db: Db, actor: Actor, input: NewContact, now = new Date()) {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not add contacts`);
  return writeTransaction(db, (tx) => {
    const city = tx.select().from(cities).where(eq(cities.id, input.cityId)).get();
    if (!city) throw new NotAllowedError(`No city ${input.cityId}`);
    const slug = uniqueSlug(
      slugify(input.fullName),
      (s) => !!tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.slug, s)).get(),
    );
    const [row] = tx
      .insert(contacts)
      .values({ slug, ...input, createdAt: now, updatedAt: now })
      .returning({ id: contacts.id })
      .all();
    writeAudit(
      tx,
      actor,
      'contact',
      row!.id,
      input.fullName,
      diffSnapshots(
        {},
        { fullName: input.fullName, organisation: input.organisation, role: input.role, city: city.name },
      ),
      now,
    );
    // Its own page and vCard too: a 404 cached before it existed must not outlive its creation.
    return { id: row!.id, slug, paths: publicPathsForContacts(tx as unknown as Db, [row!.id]) };
  });
}

/**
 * A contact who leaves stays on the releases that listed them, under their name, but those
 * releases now dial the successor. Their officer accounts lose access at once.
 */
export function deactivateContact(db: Db, actor: Actor, contactId: number, successorId: number, now = new Date()) {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not deactivate contacts`);
  return writeTransaction(db, (tx) => {
    const rows = tx
      .select()
      .from(contacts)
      .where(inArray(contacts.id, [contactId, successorId]))
      .all();
    const contact = rows.find((r) => r.id === contactId);
    const successor = rows.find((r) => r.id === successorId);
    if (!contact || !successor || successor.id === contact.id || !successor.active || !contact.active)
      throw new NotAllowedError('Choose an active successor other than the contact');
    const paths = publicPathsForContacts(tx as unknown as Db, [contactId]);
    tx.update(contacts).set({ active: false, successorId, updatedAt: now }).where(eq(contacts.id, contactId)).run();
    // Whoever named the departed contact as delegate now points at nobody rather than at a dead number.
    tx.update(contacts).set({ delegateId: null, updatedAt: now }).where(eq(contacts.delegateId, contactId)).run();
    const officerIds = tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.contactId, contactId))
      .all()
      .map((u) => u.id);
    if (officerIds.length) tx.delete(sessions).where(inArray(sessions.userId, officerIds)).run();
    writeAudit(
      tx,
      actor,
      'contact',
      contactId,
      contact.fullName,
      [
        { field: 'active', oldValue: 'yes', newValue: 'no' },
        { field: 'successor', oldValue: null, newValue: successor.fullName },
      ],
      now,
    );
    return { paths };
  });
}

/**
 * An imported contact awaiting review (inactive, no successor: never public) joins the directory.
 * Returns null when the contact is not awaiting review (already active, or one who left).
 */
export function approveImportedContact(db: Db, actor: Actor, contactId: number, now = new Date()) {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not approve contacts`);
  return writeTransaction(db, (tx) => {
    const contact = tx
      .select()
      .from(contacts)
      .where(and(eq(contacts.id, contactId), eq(contacts.active, false), isNull(contacts.successorId)))
      .get();
    if (!contact) return null;
    tx.update(contacts).set({ active: true, updatedAt: now }).where(eq(contacts.id, contactId)).run();
    writeAudit(
      tx,
      actor,
      'contact',
      contactId,
      contact.fullName,
      [{ field: 'status', oldValue: 'awaiting review (imported)', newValue: 'in the directory' }],
      now,
    );
    return { slug: contact.slug, paths: publicPathsForContacts(tx as unknown as Db, [contactId]) };
  });
}
