import { eq, inArray } from 'drizzle-orm';
import { diffSnapshots } from '@/lib/audit-diff';
import { canManageDirectory, type Actor } from '@/lib/auth/rules';
import type { ListedPerson, ListedPhone } from '@/lib/contact-lists/vcard-file';
import { formatInternational } from '@/lib/directory/phone';
import { writeAudit } from './audit';
import { insertPendingContact, NotAllowedError } from './contacts';
import { writeTransaction, type Db } from '..';
import { cities, contactPhones, contacts } from '../schema';

export type ListedMatch = { id: number; fullName: string; by: 'e-mail' | 'phone' } | null;

/** The people of a contact list Pressline already has: by e-mail first, then by a number to call. */
export function matchListedPeople(db: Db, people: Pick<ListedPerson, 'email' | 'phones'>[]): ListedMatch[] {
  const emails = people.map((p) => p.email?.toLowerCase()).filter((e): e is string => Boolean(e));
  const numbers = people.flatMap((p) => p.phones.filter((x) => x.kind !== 'fax').map((x) => x.e164));
  const all = db.select({ id: contacts.id, fullName: contacts.fullName, email: contacts.email }).from(contacts).all();
  const byEmail = new Map(
    all.filter((c) => c.email && emails.includes(c.email.toLowerCase())).map((c) => [c.email!.toLowerCase(), c]),
  );
  const owners = numbers.length
    ? db
        .select({ e164: contactPhones.e164, contactId: contactPhones.contactId })
        .from(contactPhones)
        .where(inArray(contactPhones.e164, numbers))
        .all()
    : [];
  const byId = new Map(all.map((c) => [c.id, c]));
  return people.map((p) => {
    const mail = p.email ? byEmail.get(p.email.toLowerCase()) : undefined;
    if (mail) return { id: mail.id, fullName: mail.fullName, by: 'e-mail' };
    const owner = p.phones
      .filter((x) => x.kind !== 'fax')
      .map((x) => owners.find((o) => o.e164 === x.e164))
      .find(Boolean);
    return owner ? { id: owner.contactId, fullName: byId.get(owner.contactId)!.fullName, by: 'phone' } : null;
  });
}

export type NewListedContact = {
  fullName: string;
  role: string;
  organisation: string;
  cityId: number;
  email: string | null;
  phones: ListedPhone[];
  languages: string[];
};

/** Creates the reviewed people in one transaction, inactive ("awaiting review") like an import's new people. */
export function saveListedPeople(
  db: Db,
  actor: Actor,
  people: NewListedContact[],
  now = new Date(),
): { slug: string; fullName: string }[] {
  if (!canManageDirectory(actor)) throw new NotAllowedError(`${actor.email} may not import contact lists`);
  return writeTransaction(db, (tx) => {
    const created: { slug: string; fullName: string }[] = [];
    for (const p of people) {
      const city = tx.select({ name: cities.name }).from(cities).where(eq(cities.id, p.cityId)).get();
      if (!city) throw new NotAllowedError(`No city ${p.cityId}`);
      const made = insertPendingContact(tx, p, p.cityId, now);
      const slug = made.slug;
      const snapshot = {
        fullName: p.fullName,
        organisation: p.organisation,
        role: p.role,
        city: city.name,
        email: p.email,
        phones: p.phones.map((x) => `${formatInternational(x.e164)} (${x.kind})`).join(', '),
        languages: p.languages.join(', '),
        status: 'awaiting review (contact list)',
      };
      writeAudit(tx, actor, 'contact', made.id, p.fullName, diffSnapshots({}, snapshot), now);
      created.push({ slug, fullName: p.fullName });
    }
    return created;
  });
}
