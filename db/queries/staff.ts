import 'server-only';
import { and, asc, desc, eq, inArray, ne, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { loadContactDetails } from '@/db/writes/contacts';
import { auditLog, cities, contacts, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/rules';
import { isStale, type ContactEditorData } from '@/lib/directory/contact-editor';
import { detailsToFormValues } from '@/lib/directory/contact-form';
import { formatInternational } from '@/lib/directory/phone';

/** Everything the contact form needs: the stored values, the cities, and who may stand in. */
export async function getContactEditor(contactId: number): Promise<ContactEditorData | null> {
  const db = getDb();
  const contact = db.query.contacts.findFirst({ where: eq(contacts.id, contactId), with: { city: true } }).sync();
  const details = loadContactDetails(db, contactId);
  if (!contact || !details) return null;
  const delegates = db
    .select({ id: contacts.id, fullName: contacts.fullName })
    .from(contacts)
    .where(and(eq(contacts.organisation, contact.organisation), eq(contacts.active, true), ne(contacts.id, contactId)))
    .orderBy(asc(contacts.fullName))
    .all();
  return {
    contact: {
      id: contact.id,
      slug: contact.slug,
      fullName: contact.fullName,
      organisation: contact.organisation,
      active: contact.active,
      awaitingReview: !contact.active && contact.successorId === null,
      confirmedAt: contact.confirmedAt,
      city: contact.city.name,
    },
    values: detailsToFormValues(details, formatInternational),
    cities: db.select({ id: cities.id, name: cities.name }).from(cities).orderBy(asc(cities.name)).all(),
    delegates,
  };
}

export async function getContactIdBySlug(slug: string) {
  return getDb().select({ id: contacts.id }).from(contacts).where(eq(contacts.slug, slug)).get()?.id ?? null;
}

/** All contacts with how fresh their details are, stalest first. */
export async function listContactsForStaff() {
  const db = getDb();
  const rows = db
    .select({
      id: contacts.id,
      slug: contacts.slug,
      fullName: contacts.fullName,
      active: contacts.active,
      successorId: contacts.successorId,
      confirmedAt: contacts.confirmedAt,
      city: cities.name,
      organisation: contacts.organisation,
    })
    .from(contacts)
    .innerJoin(cities, eq(cities.id, contacts.cityId))
    .orderBy(asc(contacts.confirmedAt), asc(contacts.fullName))
    .all();
  const accounts = db
    .select({ contactId: users.contactId, email: users.email })
    .from(users)
    .where(eq(users.role, 'officer'))
    .all();
  return rows.map((r) => ({
    ...r,
    stale: r.active && isStale(r.confirmedAt),
    accounts: accounts.filter((a) => a.contactId === r.id).map((a) => a.email),
  }));
}

export async function getOwnContactSummary(contactId: number) {
  const db = getDb();
  return db
    .select({
      id: contacts.id,
      slug: contacts.slug,
      fullName: contacts.fullName,
      confirmedAt: contacts.confirmedAt,
      city: cities.name,
    })
    .from(contacts)
    .innerJoin(cities, eq(cities.id, contacts.cityId))
    .where(eq(contacts.id, contactId))
    .get();
}

/** The audit log as the actor may read it, newest first. */
export async function listAudit(actor: Actor, limit = 200) {
  const db = getDb();
  const own =
    actor.role === 'admin'
      ? undefined
      : or(
          eq(auditLog.actorId, actor.userId),
          actor.contactId !== null
            ? and(eq(auditLog.entity, 'contact'), eq(auditLog.entityId, actor.contactId))
            : undefined,
        );
  return db.select().from(auditLog).where(own).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit).all();
}

export async function listCitiesForStaff() {
  return getDb().select().from(cities).orderBy(asc(cities.name)).all();
}

export async function contactOptions(ids?: number[]) {
  const db = getDb();
  return db
    .select({
      id: contacts.id,
      slug: contacts.slug,
      fullName: contacts.fullName,
      city: cities.name,
      active: contacts.active,
    })
    .from(contacts)
    .innerJoin(cities, eq(cities.id, contacts.cityId))
    .where(ids ? inArray(contacts.id, ids) : undefined)
    .orderBy(asc(contacts.fullName))
    .all();
}
