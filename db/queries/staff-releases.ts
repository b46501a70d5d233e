import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { loadReleaseInput } from '@/db/release-writes';
import { releases } from '@/db/schema';
import { releaseToFormValues } from '@/lib/release-form';
import { contactOptions } from './staff';

export async function listReleasesForStaff() {
  return getDb()
    .select({ id: releases.id, slug: releases.slug, title: releases.title, publishedOn: releases.publishedOn, status: releases.status })
    .from(releases)
    .orderBy(desc(releases.publishedOn), desc(releases.id))
    .all();
}

/** The edit form's values, or blank ones for a new release. */
export async function getReleaseEditor(slug: string | null) {
  const db = getDb();
  const options = (await contactOptions()).map((c) => ({ id: c.id, name: `${c.fullName} — ${c.city}${c.active ? '' : ' (left)'}` }));
  if (slug === null) {
    const blank = releaseToFormValues({ title: '', publishedOn: new Date().toISOString().slice(0, 10), dateline: [], summary: '', body: '', contacts: [] });
    return { release: null, values: blank, contacts: options };
  }
  const row = db.select({ id: releases.id }).from(releases).where(eq(releases.slug, slug)).get();
  const input = row ? loadReleaseInput(db, row.id) : null;
  if (!row || !input) return null;
  return { release: { id: row.id, slug: input.slug, status: input.status, title: input.title, body: input.body }, values: releaseToFormValues(input), contacts: options };
}
