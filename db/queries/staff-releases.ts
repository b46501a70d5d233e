import 'server-only';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { loadReleaseInput } from '@/db/writes/releases';
import { contacts, releaseContacts, releases } from '@/db/schema';
import { releaseToFormValues } from '@/lib/releases/release-form';
import { contactOptions } from './staff';

export async function listReleasesForStaff() {
  return getDb()
    .select({
      id: releases.id,
      slug: releases.slug,
      title: releases.title,
      publishedOn: releases.publishedOn,
      status: releases.status,
    })
    .from(releases)
    .orderBy(desc(releases.publishedOn), desc(releases.id))
    .all();
}

/** The edit form's values, or blank ones for a new release. */
export async function getReleaseEditor(slug: string | null) {
  const db = getDb();
  const options = (await contactOptions()).map((c) => ({
    id: c.id,
    name: `${c.fullName} — ${c.city}${c.active ? '' : ' (left)'}`,
  }));
  if (slug === null) {
    const blank = releaseToFormValues({
      title: '',
      publishedOn: new Date().toISOString().slice(0, 10),
      dateline: [],
      summary: '',
      body: '',
      contacts: [],
    });
    return { release: null, values: blank, contacts: options };
  }
  const row = db.select({ id: releases.id }).from(releases).where(eq(releases.slug, slug)).get();
  const input = row ? loadReleaseInput(db, row.id) : null;
  if (!row || !input) return null;
  return {
    release: { id: row.id, slug: input.slug, status: input.status, title: input.title, body: input.body },
    values: releaseToFormValues(input),
    contacts: options,
  };
}

/** People the release lists who were imported and await an admin's review (inactive, no successor). */
export async function contactsAwaitingReview(releaseId: number) {
  return getDb()
    .select({ slug: contacts.slug, fullName: contacts.fullName })
    .from(releaseContacts)
    .innerJoin(contacts, eq(contacts.id, releaseContacts.contactId))
    .where(and(eq(releaseContacts.releaseId, releaseId), eq(contacts.active, false), isNull(contacts.successorId)))
    .orderBy(asc(releaseContacts.position))
    .all();
}
