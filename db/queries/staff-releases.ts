import 'server-only';
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { loadReleaseInput } from '@/db/writes/releases';
import { contacts, releaseContacts, releases } from '@/db/schema';
import { languageName } from '@/lib/releases/languages';
import { NOT_A_TRANSLATION, releaseToFormValues } from '@/lib/releases/release-form';
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

/** The translation select's options: every other release, newest first, with its language and date. */
function translationOptions(releaseId: number | null): [string, string][] {
  const rows = getDb()
    .select({
      id: releases.id,
      title: releases.title,
      language: releases.language,
      publishedOn: releases.publishedOn,
      status: releases.status,
    })
    .from(releases)
    .where(releaseId === null ? undefined : ne(releases.id, releaseId))
    .orderBy(desc(releases.publishedOn), desc(releases.id))
    .all();
  return [
    [NOT_A_TRANSLATION, 'Not a translation'],
    ...rows.map((r): [string, string] => [
      String(r.id),
      `${r.title} — ${languageName(r.language, 'en')}, ${r.publishedOn}${r.status === 'draft' ? ' (draft)' : ''}`,
    ]),
  ];
}

/** The other releases of a release's translation group, for the edit page. */
function translationsOf(releaseId: number) {
  const db = getDb();
  const group = db.select({ g: releases.translationGroup }).from(releases).where(eq(releases.id, releaseId)).get()?.g;
  if (group === null || group === undefined) return [];
  return db
    .select({ slug: releases.slug, title: releases.title, language: releases.language, status: releases.status })
    .from(releases)
    .where(and(eq(releases.translationGroup, group), ne(releases.id, releaseId)))
    .orderBy(asc(releases.id))
    .all()
    .map((r) => ({ ...r, languageName: languageName(r.language, 'en') }));
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
    return { release: null, values: blank, contacts: options, translationOptions: translationOptions(null) };
  }
  const row = db.select({ id: releases.id }).from(releases).where(eq(releases.slug, slug)).get();
  const input = row ? loadReleaseInput(db, row.id) : null;
  if (!row || !input) return null;
  return {
    release: { id: row.id, slug: input.slug, status: input.status, title: input.title, body: input.body },
    values: releaseToFormValues(input),
    contacts: options,
    translationOptions: translationOptions(row.id),
    translations: translationsOf(row.id),
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
