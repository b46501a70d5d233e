'use server';

import { eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { matchImportedContacts, saveReviewedImport } from '@/db/writes/release-import';
import { cities, contacts } from '@/db/schema';
import { canManageDirectory } from '@/lib/auth/rules';
import type { FieldErrors, FormValues } from '@/lib/directory/contact-form';
import { parseRelease } from '@/lib/release-import';
import { importToFormValues, MAX_IMPORT_TEXT, parseImportForm } from '@/lib/release-import/import-form';
import { currentActor } from '@/lib/auth/staff-session';

export type ImportFormState =
  | { status: 'idle' }
  | { status: 'refused'; message: string }
  /** The paste/upload step, refused: the text stays in the box */
  | { status: 'text-invalid'; message: string; fieldErrors: FieldErrors; text: string }
  /** The review step: what was read, as an editable form (again with errors after a refused save) */
  | { status: 'review'; message: string; fieldErrors: FieldErrors; values: FormValues };

const REFUSED: ImportFormState = { status: 'refused', message: 'Only the press office’s admins can import releases. Nothing was saved.' };
/** Under the 256 kB limit on any Server Action's body (next.config.ts), with room for the box. */
const MAX_UPLOAD_BYTES = 128 * 1024;

function textInvalid(error: string, text: string): ImportFormState {
  return { status: 'text-invalid', message: 'Nothing was read yet. Please correct the marked field.', fieldErrors: { text: error }, text: text.slice(0, MAX_IMPORT_TEXT * 2) };
}

/** Both steps post here; `step` says which. Each checks the actor itself. */
export async function importRelease(prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  return formData.get('step') === 'save' ? save(formData) : preview(formData);
}

/** Step 1: the pasted text, or an uploaded plain-text file, is read and matched; nothing is stored. */
async function preview(formData: FormData): Promise<ImportFormState> {
  if (!canManageDirectory(await currentActor())) return REFUSED;
  const pasted = formData.get('text');
  let text = typeof pasted === 'string' ? pasted : '';
  const file = formData.get('file');
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES) return textInvalid(`That file is ${Math.ceil(file.size / 1024)} kB; a release is plain text of at most 128 kB.`, text);
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return textInvalid('That file is not plain text (UTF-8). Save the release as .txt, or copy its text into the box.', text);
    }
    if (text.includes('\u0000')) return textInvalid('That file is not plain text. Save the release as .txt, or copy its text into the box.', '');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return textInvalid('Paste the release, or at least its media-contacts block, or choose a .txt file.', text);
  if (text.length > MAX_IMPORT_TEXT) return textInvalid(`That is ${text.length.toLocaleString('en')} characters; a release can have at most ${MAX_IMPORT_TEXT.toLocaleString('en')}.`, text);

  const db = getDb();
  const known = db.select({ name: cities.name, country: cities.country }).from(cities).all();
  const parsed = parseRelease(text, { knownCities: known });
  const matches = matchImportedContacts(db, parsed);
  const matchedIds = matches.map((m) => m.match?.id).filter((id): id is number => id !== undefined);
  // New people most likely work where the recognised ones do.
  const organisation = matchedIds.length ? (db.select({ organisation: contacts.organisation }).from(contacts).where(eq(contacts.id, matchedIds[0]!)).get()?.organisation ?? '') : '';
  const body = parsed.title ? text.split('\n').slice(text.split('\n').findIndex((l) => l.trim()) + 1).join('\n').trim() : text.trim();
  const values = importToFormValues(
    parsed,
    matches.map((m) => ({ contactId: m.match?.id ?? null, by: m.match?.by ?? null, cityId: m.cityId })),
    { body, organisation },
  );
  const found = parsed.contacts.length;
  const message = found
    ? `Read ${found} contact${found === 1 ? '' : 's'}: ${matchedIds.length} already in Pressline, ${found - matchedIds.length} new. Check everything below, then save the draft.`
    : 'No media-contacts block was found. Check the text below, add the contacts on the next page, or paste again.';
  return { status: 'review', message, fieldErrors: {}, values };
}

/** Step 2: the reviewed form is checked again from scratch and stored as a draft in one transaction. */
async function save(formData: FormData): Promise<ImportFormState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return REFUSED;
  const db = getDb();
  const parsed = parseImportForm((name) => String(formData.get(name) ?? ''), {
    contactCity: (id) => db.select({ city: cities.name }).from(contacts).innerJoin(cities, eq(cities.id, contacts.cityId)).where(eq(contacts.id, id)).get()?.city,
    cityCountry: (id) => db.select({ country: cities.country }).from(cities).where(eq(cities.id, id)).get()?.country,
  });
  if (!parsed.ok) return { status: 'review', message: 'Nothing was saved yet. Please correct the marked fields.', fieldErrors: parsed.fieldErrors, values: parsed.values };
  const saved = saveReviewedImport(db, actor!, parsed.input);
  // A draft is on no public page: nothing to revalidate until it is published.
  redirect(`/staff/releases/${saved.slug}?imported=${saved.created.length}`);
}
