import { and, asc, eq } from 'drizzle-orm';
import { diffSnapshots, type FieldChange } from '@/lib/audit-diff';
import { canEditContact, type Actor } from '@/lib/auth/rules';
import {
  contactSnapshot,
  NO_TEXTS,
  TEXT_LOCALES,
  type ContactDetails,
  type ContactTexts,
  type Names,
} from '@/lib/directory/contact-snapshot';
import { slugify, uniqueSlug } from '@/lib/slug';
import { publicPathsForContacts } from '../queries/affected-paths';
import { writeAudit, type Tx } from './audit';
import { writeTransaction, type Db } from '..';
import { cities, contactHours, contactLanguages, contactPhones, contacts, contactTranslations } from '../schema';

export class NotAllowedError extends Error {}

export function loadContactDetails(db: Db | Tx, contactId: number): ContactDetails | null {
  const c = db.select().from(contacts).where(eq(contacts.id, contactId)).get();
  if (!c) return null;
  return {
    fullName: c.fullName,
    localName: c.localName,
    role: c.role,
    cityId: c.cityId,
    email: c.email,
    languages: db
      .select()
      .from(contactLanguages)
      .where(eq(contactLanguages.contactId, contactId))
      .orderBy(asc(contactLanguages.position))
      .all()
      .map((l) => l.tag),
    phones: db
      .select({ kind: contactPhones.kind, e164: contactPhones.e164, extension: contactPhones.extension })
      .from(contactPhones)
      .where(eq(contactPhones.contactId, contactId))
      .orderBy(asc(contactPhones.position))
      .all(),
    hours: db
      .select({
        weekday: contactHours.weekday,
        startMinute: contactHours.startMinute,
        endMinute: contactHours.endMinute,
      })
      .from(contactHours)
      .where(eq(contactHours.contactId, contactId))
      .orderBy(asc(contactHours.weekday), asc(contactHours.startMinute))
      .all(),
    onLeave: c.onLeave,
    leaveReturnsOn: c.leaveReturnsOn,
    delegateId: c.delegateId,
    translations: loadContactTexts(db, contactId),
  };
}

function loadContactTexts(db: Db | Tx, contactId: number): ContactTexts {
  const rows = db.select().from(contactTranslations).where(eq(contactTranslations.contactId, contactId)).all();
  const texts = structuredClone(NO_TEXTS);
  for (const r of rows) if (r.locale === 'ru' || r.locale === 'fr') texts[r.locale] = { role: r.role, bio: r.bio };
  return texts;
}

/** Stores a contact's role and bio per language; a language left empty has no row (the pages fall back). */
function saveContactTexts(tx: Tx, contactId: number, texts: ContactTexts): void {
  for (const locale of TEXT_LOCALES) {
    const { role, bio } = texts[locale];
    const where = and(eq(contactTranslations.contactId, contactId), eq(contactTranslations.locale, locale));
    if (!role.trim() && !bio.trim()) tx.delete(contactTranslations).where(where).run();
    else
      tx.insert(contactTranslations)
        .values({ contactId, locale, role, bio })
        .onConflictDoUpdate({ target: [contactTranslations.contactId, contactTranslations.locale], set: { role, bio } })
        .run();
  }
}

export function namesIn(db: Db | Tx): Names {
  const cityNames = new Map(
    db
      .select({ id: cities.id, name: cities.name })
      .from(cities)
      .all()
      .map((c) => [c.id, c.name]),
  );
  const contactNames = new Map(
    db
      .select({ id: contacts.id, name: contacts.fullName })
      .from(contacts)
      .all()
      .map((c) => [c.id, c.name]),
  );
  return {
    city: (id) => cityNames.get(id) ?? `city #${id}`,
    contact: (id) => contactNames.get(id) ?? `contact #${id}`,
  };
}

export type WriteResult = { changes: FieldChange[]; paths: string[] };

/**
 * Replaces a contact's details in one transaction and logs each changed field. `confirm`: the person saved
 * their own details, which also confirms them as current, changed or not ("Save and confirm").
 */
export function saveContactDetails(
  db: Db,
  actor: Actor,
  contactId: number,
  details: ContactDetails,
  now = new Date(),
  { confirm = false }: { confirm?: boolean } = {},
): WriteResult {
  if (!canEditContact(actor, contactId)) throw new NotAllowedError(`${actor.email} may not edit contact ${contactId}`);
  return writeTransaction(db, (tx) => {
    const before = loadContactDetails(tx, contactId);
    if (!before) throw new NotAllowedError(`No contact ${contactId}`);
    const names = namesIn(tx);
    // A writer that does not speak of translations (an import) leaves them as they are.
    const after = { ...details, translations: details.translations ?? before.translations };
    const changes = diffSnapshots(contactSnapshot(before, names), contactSnapshot(after, names));
    const confirmed = confirm ? confirmIn(tx, actor, contactId, now) : null;
    if (changes.length === 0) return { changes, paths: confirmed?.paths ?? [] };
    tx.update(contacts)
      .set({
        fullName: details.fullName,
        localName: details.localName,
        role: details.role,
        cityId: details.cityId,
        email: details.email,
        onLeave: details.onLeave,
        leaveReturnsOn: details.leaveReturnsOn,
        delegateId: details.delegateId,
        updatedAt: now,
      })
      .where(eq(contacts.id, contactId))
      .run();
    tx.delete(contactLanguages).where(eq(contactLanguages.contactId, contactId)).run();
    if (details.languages.length)
      tx.insert(contactLanguages)
        .values(details.languages.map((tag, position) => ({ contactId, tag, position })))
        .run();
    tx.delete(contactPhones).where(eq(contactPhones.contactId, contactId)).run();
    if (details.phones.length)
      tx.insert(contactPhones)
        .values(details.phones.map((p, position) => ({ contactId, ...p, position })))
        .run();
    tx.delete(contactHours).where(eq(contactHours.contactId, contactId)).run();
    if (details.hours.length)
      tx.insert(contactHours)
        .values(details.hours.map((h) => ({ contactId, ...h })))
        .run();
    if (details.translations) saveContactTexts(tx, contactId, details.translations);
    writeAudit(tx, actor, 'contact', contactId, details.fullName, changes, now);
    return {
      changes,
      paths: publicPathsForContacts(
        tx as unknown as Db,
        [contactId],
        before.cityId !== details.cityId ? [before.cityId] : [],
      ),
    };
  });
}

/** Moves the confirmation date, with its audit row; only the contact page shows it. */
function confirmIn(tx: Tx, actor: Actor, contactId: number, now: Date): WriteResult {
  const c = tx.select().from(contacts).where(eq(contacts.id, contactId)).get();
  if (!c) throw new NotAllowedError(`No contact ${contactId}`);
  tx.update(contacts).set({ confirmedAt: now, updatedAt: now }).where(eq(contacts.id, contactId)).run();
  const changes = [
    { field: 'confirmedAt', oldValue: c.confirmedAt?.toISOString() ?? null, newValue: now.toISOString() },
  ];
  writeAudit(tx, actor, 'contact', contactId, c.fullName, changes, now);
  return { changes, paths: [`/contacts/${c.slug}`] };
}

/** "Confirm my details are current": only the date moves, and only the contact page shows it. */
export function confirmContactDetails(db: Db, actor: Actor, contactId: number, now = new Date()): WriteResult {
  if (!canEditContact(actor, contactId))
    throw new NotAllowedError(`${actor.email} may not confirm contact ${contactId}`);
  return writeTransaction(db, (tx) => confirmIn(tx, actor, contactId, now));
}

/** A slug for a new contact that no contact has yet: "Ayuna Batoeva" → "ayuna-batoeva", else "-2", "-3"… */
export function freeContactSlug(tx: Tx, fullName: string): string {
  return uniqueSlug(slugify(fullName), (s) =>
    Boolean(tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.slug, s)).get()),
  );
}

export type PendingContact = {
  fullName: string;
  role: string;
  organisation: string;
  email: string | null;
  bio?: string;
  phones: { kind: (typeof contactPhones.$inferInsert)['kind']; e164: string; extension: string | null }[];
  /** BCP 47 tags, in the order given */
  languages?: string[];
};

/**
 * A contact created from an import, with its numbers in printed order: inactive ("awaiting review"), so it stays
 * off public pages until an admin adds it to the directory. Returns its id and slug.
 */
export function insertPendingContact(
  tx: Tx,
  p: PendingContact,
  cityId: number,
  now: Date,
): { id: number; slug: string } {
  const slug = freeContactSlug(tx, p.fullName);
  const { fullName, role, organisation, email, bio, phones } = p;
  const row = { slug, fullName, role, organisation, email, cityId, active: false, createdAt: now, updatedAt: now };
  const [made] = tx
    .insert(contacts)
    .values(bio === undefined ? row : { ...row, bio })
    .returning({ id: contacts.id })
    .all();
  if (phones.length)
    tx.insert(contactPhones)
      .values(phones.map((phone, position) => ({ contactId: made!.id, ...phone, position })))
      .run();
  if (p.languages?.length)
    tx.insert(contactLanguages)
      .values(p.languages.map((tag, position) => ({ contactId: made!.id, tag, position })))
      .run();
  return { id: made!.id, slug };
}
