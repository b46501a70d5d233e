'use server';

import { eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { NotAllowedError } from '@/db/writes/contacts';
import { AwaitingReviewError, createRelease, setReleaseStatus, updateRelease } from '@/db/writes/releases';
import { cities, contacts } from '@/db/schema';
import { canManageDirectory } from '@/lib/auth/rules';
import type { FieldErrors, FormValues } from '@/lib/directory/contact-form';
import { parseReleaseForm } from '@/lib/releases/release-form';
import { revalidatePublic } from '@/lib/http/revalidate-public';
import { currentActor } from '@/lib/auth/staff-session';

export type ReleaseFormState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: FieldErrors; values: FormValues }
  | { status: 'refused'; message: string };

const REFUSED = 'Only the press office’s admins can change releases. Nothing was saved.';
const releaseId = z.union([z.literal(''), z.coerce.number().int().positive()]);

export async function saveRelease(_prev: ReleaseFormState, formData: FormData): Promise<ReleaseFormState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return { status: 'refused', message: REFUSED };
  const id = releaseId.safeParse(formData.get('releaseId') ?? '');
  if (!id.success) return { status: 'refused', message: 'That release does not exist.' };
  const db = getDb();
  const parsed = parseReleaseForm(
    (name) => String(formData.get(name) ?? ''),
    (contactId) => db.select({ city: cities.name }).from(contacts).innerJoin(cities, eq(cities.id, contacts.cityId)).where(eq(contacts.id, contactId)).get()?.city,
  );
  if (!parsed.ok) return { status: 'invalid', message: 'Nothing was saved yet. Please correct the marked fields.', fieldErrors: parsed.fieldErrors, values: parsed.values };
  let slug: string;
  if (id.data === '') {
    slug = createRelease(db, actor!, parsed.input).slug;
  } else {
    let result: ReturnType<typeof updateRelease>;
    try {
      result = updateRelease(db, actor!, id.data, parsed.input);
    } catch (error) {
      if (error instanceof NotAllowedError) return { status: 'refused', message: 'That release does not exist.' };
      if (error instanceof AwaitingReviewError) return { status: 'refused', message: awaitingMessage(error, 'Not saved') };
      throw error;
    }
    revalidatePublic(result.paths, { releaseLists: result.paths.length > 0 });
    slug = result.slug;
  }
  redirect(`/staff/releases/${slug}?saved=1`);
}

const statusSchema = z.object({ releaseId: z.coerce.number().int().positive(), status: z.enum(['draft', 'published']) });

export async function changeReleaseStatus(_prev: ReleaseFormState, formData: FormData): Promise<ReleaseFormState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return { status: 'refused', message: REFUSED };
  const parsed = statusSchema.safeParse({ releaseId: formData.get('releaseId'), status: formData.get('status') });
  if (!parsed.success) return { status: 'refused', message: 'That change is not possible.' };
  let result: ReturnType<typeof setReleaseStatus>;
  try {
    result = setReleaseStatus(getDb(), actor!, parsed.data.releaseId, parsed.data.status);
  } catch (error) {
    if (error instanceof NotAllowedError) return { status: 'refused', message: 'That release does not exist.' };
    if (!(error instanceof AwaitingReviewError)) throw error;
    return { status: 'refused', message: awaitingMessage(error, 'Not published') };
  }
  revalidatePublic(result.paths, { releaseLists: true });
  redirect(`/staff/releases/${result.slug}?${parsed.data.status}=1`);
}

function awaitingMessage(error: AwaitingReviewError, outcome: string) {
  const verb = error.names.length === 1 ? 'is' : 'are';
  return `${outcome}: ${error.names.join(', ')} ${verb} not in the public directory yet. Add them under Contacts, or list someone else.`;
}
