'use server';

import { eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { matchImportedContacts, saveReviewedImport } from '@/db/writes/release-import';
import { cities, contacts } from '@/db/schema';
import { canManageDirectory } from '@/lib/auth/rules';
import type { FieldErrors, FormValues } from '@/lib/directory/contact-form';
import { revalidatePublic } from '@/lib/http/revalidate-public';
import { proposeNewCities } from '@/lib/release-import/city-proposals';
import { looksLikeHtml } from '@/lib/release-import/html';
import { importToFormValues, MAX_IMPORT_TEXT, parseImportForm } from '@/lib/release-import/import-form';
import { readRelease } from '@/lib/release-import/read-release';
import { currentActor } from '@/lib/auth/staff-session';
import { normaliseName } from '@/lib/slug';

export type ImportFormState =
  | { status: 'idle' }
  | { status: 'refused'; message: string }
  /** The paste/upload step, refused: the text stays in the box */
  | { status: 'text-invalid'; message: string; fieldErrors: FieldErrors; text: string }
  /** The review step: what was read, as an editable form (again with errors after a refused save) */
  | { status: 'review'; message: string; fieldErrors: FieldErrors; values: FormValues };

const REFUSED: ImportFormState = {
  status: 'refused',
  message: 'Only the press office’s admins can import releases. Nothing was saved.',
};
/** Under the 256 kB limit on any Server Action's body (next.config.ts), with room for the box. */
const MAX_UPLOAD_BYTES = 128 * 1024;
/** A release's web page carries menus, scripts and styles around the text: it may be larger. */
const MAX_PAGE_BYTES = 200 * 1024;
const step = z.enum(['preview', 'save']).catch('preview');

function textInvalid(error: string, text: string): ImportFormState {
  return {
    status: 'text-invalid',
    message: 'Nothing was read yet. Please correct the marked field.',
    fieldErrors: { text: error },
    text: text.slice(0, MAX_IMPORT_TEXT * 2),
  };
}

/** Both steps post here; `step` says which. Each checks the actor itself. */
export async function importRelease(prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  return step.parse(formData.get('step')) === 'save' ? save(formData) : preview(formData);
}

/** Step 1: the pasted text or page, or an uploaded .txt or .html file, is read and matched; nothing is stored. */
async function preview(formData: FormData): Promise<ImportFormState> {
  if (!canManageDirectory(await currentActor())) return REFUSED;
  const pasted = formData.get('text');
  let text = typeof pasted === 'string' ? pasted : '';
  let html = looksLikeHtml(text);
  const file = formData.get('file');
  if (file instanceof File && file.size > 0) {
    html = /\.x?html?$/i.test(file.name) || file.type === 'text/html';
    const limit = html ? MAX_PAGE_BYTES : MAX_UPLOAD_BYTES;
    if (file.size > limit) {
      return textInvalid(
        `That file is ${Math.ceil(file.size / 1024)} kB; a release's text can be at most 128 kB, its web page 200 kB.`,
        text,
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return textInvalid(
        'That file is not plain text (UTF-8). Save the release as .txt or .html, or copy its text into the box.',
        text,
      );
    }
    if (text.includes('\u0000'))
      return textInvalid(
        'That file is not plain text. Save the release as .txt or .html, or copy its text into the box.',
        '',
      );
    html ||= looksLikeHtml(text);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim())
    return textInvalid(
      'Paste the release, or at least its media-contacts block, or choose a .txt or .html file.',
      text,
    );
  const tooLong = (length: number) =>
    `That is ${length.toLocaleString('en')} characters; a release can have at most ${MAX_IMPORT_TEXT.toLocaleString('en')}.`;
  if (!html && text.length > MAX_IMPORT_TEXT) return textInvalid(tooLong(text.length), text);
  if (html && text.length > MAX_PAGE_BYTES)
    return textInvalid(`That page is ${Math.ceil(text.length / 1024)} kB; a web page can be at most 200 kB.`, '');

  const db = getDb();
  const known = db
    .select({ name: cities.name, localName: cities.localName, country: cities.country })
    .from(cities)
    .all();
  const read = readRelease(text, { knownCities: known, html });
  const parsed = read.parsed;
  if (read.body.length > MAX_IMPORT_TEXT) return textInvalid(tooLong(read.body.length), html ? '' : text);
  const matches = matchImportedContacts(db, parsed);
  const matchedIds = matches.map((m) => m.match?.id).filter((id): id is number => id !== undefined);
  // New people most likely work where the recognised ones do.
  const organisation = matchedIds.length
    ? (db.select({ organisation: contacts.organisation }).from(contacts).where(eq(contacts.id, matchedIds[0]!)).get()
        ?.organisation ?? '')
    : '';
  const values = importToFormValues(
    parsed,
    matches.map((m) => ({ contactId: m.match?.id ?? null, by: m.match?.by ?? null, cityId: m.cityId })),
    {
      body: read.body,
      about: read.about,
      cut: read.cut,
      recovered: read.recovered,
      organisation,
      newCities: proposeNewCities(parsed, known),
      language: read.language,
    },
  );
  const found = parsed.contacts.length;
  const recovered = read.recovered.length
    ? ` ${read.recovered.length} e-mail address${read.recovered.length === 1 ? ' was' : 'es were'} recovered from the page: confirm ${read.recovered.length === 1 ? 'it' : 'them'}.`
    : '';
  const message = found
    ? `Read ${found} contact${found === 1 ? '' : 's'}: ${matchedIds.length} already in Pressline, ${found - matchedIds.length} new.${recovered} Check everything below, then save the draft.`
    : 'No media-contacts block was found. Check the text below, add the contacts on the next page, or paste again.';
  return { status: 'review', message, fieldErrors: {}, values };
}

/** Step 2: the reviewed form is checked again from scratch and stored as a draft in one transaction. */
async function save(formData: FormData): Promise<ImportFormState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return REFUSED;
  const db = getDb();
  const cityNames = new Set(
    db
      .select({ name: cities.name, localName: cities.localName })
      .from(cities)
      .all()
      .flatMap((c) => [c.name, c.localName ?? ''])
      .filter(Boolean)
      .map(normaliseName),
  );
  const parsed = parseImportForm((name) => String(formData.get(name) ?? ''), {
    cityExists: (name) => cityNames.has(normaliseName(name)),
    contactCity: (id) =>
      db
        .select({ city: cities.name })
        .from(contacts)
        .innerJoin(cities, eq(cities.id, contacts.cityId))
        .where(eq(contacts.id, id))
        .get()?.city,
    cityCountry: (id) => db.select({ country: cities.country }).from(cities).where(eq(cities.id, id)).get()?.country,
  });
  if (!parsed.ok)
    return {
      status: 'review',
      message: 'Nothing was saved yet. Please correct the marked fields.',
      fieldErrors: parsed.fieldErrors,
      values: parsed.values,
    };
  const saved = saveReviewedImport(db, actor!, parsed.input);
  // A draft is on no public page; a city created with it is (home, and its own page).
  if (saved.paths.length) await revalidatePublic(saved.paths, { releaseLists: true });
  redirect(`/staff/releases/${saved.slug}?imported=${saved.created.length}`);
}
