'use server';

import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { NotAllowedError } from '@/db/writes/contacts';
import { AwaitingReviewError, createRelease, setReleaseStatus, updateRelease } from '@/db/writes/releases';
import { cities, contacts, releases } from '@/db/schema';
import type { FormState } from '@/lib/forms/form-state';
import { staffAction } from '@/lib/forms/staff-action';
import { parseReleaseForm } from '@/lib/releases/release-form';
import { revalidatePublic } from '@/lib/http/revalidate-public';

const admin = {
  role: 'admin',
  refused: 'Only the press office’s admins can change releases. Nothing was saved.',
} as const;

/** A write's expected refusals as form states; anything else is a real error. */
function refusalOf(error: unknown, outcome: string): FormState {
  if (error instanceof NotAllowedError) return { status: 'refused', message: 'That release does not exist.' };
  if (!(error instanceof AwaitingReviewError)) throw error;
  const verb = error.names.length === 1 ? 'is' : 'are';
  const names = error.names.join(', ');
  return {
    status: 'refused',
    message: `${outcome}: ${names} ${verb} not in the public directory yet. Add them under Contacts, or list someone else.`,
  };
}

/** A release another may be linked to as its translation, with the languages its group already has. */
function translationTarget(id: number, editedId: number | '') {
  const db = getDb();
  const target = db
    .select({ title: releases.title, language: releases.language, group: releases.translationGroup })
    .from(releases)
    .where(eq(releases.id, id))
    .get();
  if (!target) return undefined;
  const others =
    target.group === null
      ? []
      : db
          .select({ language: releases.language })
          .from(releases)
          .where(
            and(
              eq(releases.translationGroup, target.group),
              ne(releases.id, id),
              editedId === '' ? undefined : ne(releases.id, editedId),
            ),
          )
          .all();
  return { title: target.title, languages: [target.language, ...others.map((o) => o.language)] };
}

export const saveRelease = staffAction({
  ...admin,
  notFound: 'That release does not exist.',
  // Empty for a new release.
  target: z.object({ releaseId: z.union([z.literal(''), z.coerce.number().int().positive()]) }),
  input: (read, { target: { releaseId } }) =>
    parseReleaseForm(
      read,
      (contactId) =>
        getDb()
          .select({ city: cities.name })
          .from(contacts)
          .innerJoin(cities, eq(cities.id, contacts.cityId))
          .where(eq(contacts.id, contactId))
          .get()?.city,
      { releaseId: releaseId === '' ? null : releaseId, target: (id) => translationTarget(id, releaseId) },
    ),
  run: async ({ actor, target: { releaseId }, input }) => {
    const db = getDb();
    if (releaseId === '') {
      const created = createRelease(db, actor, input);
      // A new draft is on no public page; the releases it joined re-render for "Also in" once it is published.
      if (created.paths.length) await revalidatePublic(created.paths, { releaseLists: false });
      return { redirect: `/staff/releases/${created.slug}?saved=1` };
    }
    let result: ReturnType<typeof updateRelease>;
    try {
      result = updateRelease(db, actor, releaseId, input);
    } catch (error) {
      return refusalOf(error, 'Not saved');
    }
    await revalidatePublic(result.paths, { releaseLists: result.paths.length > 0 });
    return { redirect: `/staff/releases/${result.slug}?saved=1` };
  },
});

export const changeReleaseStatus = staffAction({
  ...admin,
  notFound: 'That change is not possible.',
  target: z.object({ releaseId: z.coerce.number().int().positive(), status: z.enum(['draft', 'published']) }),
  run: async ({ actor, target: { releaseId, status } }) => {
    let result: ReturnType<typeof setReleaseStatus>;
    try {
      result = setReleaseStatus(getDb(), actor, releaseId, status);
    } catch (error) {
      return refusalOf(error, 'Not published');
    }
    await revalidatePublic(result.paths, { releaseLists: true });
    return { redirect: `/staff/releases/${result.slug}?${status}=1` };
  },
});
