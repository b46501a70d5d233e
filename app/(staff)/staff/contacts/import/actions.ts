'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { matchListedPeople, saveListedPeople } from '@/db/writes/contact-list-import';
import { cities } from '@/db/schema';
import { canManageDirectory } from '@/lib/auth/rules';
import { currentActor } from '@/lib/auth/staff-session';
import { listToFormValues, parseListForm } from '@/lib/contact-lists/list-form';
import { readVCardFile, type Refusal } from '@/lib/contact-lists/vcard-file';
import type { FieldErrors, FormValues } from '@/lib/directory/contact-form';
import { normaliseName } from '@/lib/slug';

export type ContactListState =
  | { status: 'idle' }
  | { status: 'refused'; message: string }
  /** The upload step, refused: which file, and why */
  | { status: 'file-invalid'; message: string; fieldErrors: FieldErrors }
  /** The review step: who was read, who Pressline knows, which cards were refused and why */
  | { status: 'review'; message: string; fieldErrors: FieldErrors; values: FormValues; refused: Refusal[] }
  | { status: 'done'; message: string; created: { slug: string; fullName: string }[] };

const REFUSED: ContactListState = {
  status: 'refused',
  message: 'Only the press office’s admins can import contact lists. Nothing was saved.',
};
/** Under the 256 kB limit on any Server Action's body (next.config.ts). */
const MAX_FILE_BYTES = 200 * 1024;
const step = z.enum(['preview', 'save']).catch('preview');
const refusedCards = z
  .array(z.object({ card: z.number().int(), label: z.string().max(200), reason: z.string().max(500) }))
  .max(200)
  .catch([]);

const invalid = (error: string): ContactListState => ({
  status: 'file-invalid',
  message: 'Nothing was read yet. Please correct the marked field.',
  fieldErrors: { file: error },
});

/** Both steps post here; each checks the actor itself. */
export async function importContactList(_prev: ContactListState, formData: FormData): Promise<ContactListState> {
  if (!canManageDirectory(await currentActor())) return REFUSED;
  return step.parse(formData.get('step')) === 'save' ? save(formData) : preview(formData);
}

async function preview(formData: FormData): Promise<ContactListState> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return invalid('Choose the .vcf file your address book exported.');
  if (file.size > MAX_FILE_BYTES)
    return invalid(`That file is ${Math.ceil(file.size / 1024)} kB; a contact list can be at most 200 kB.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return invalid('That file is not text (UTF-8). Export the contacts as vCard (.vcf).');
  }
  const read = readVCardFile(text);
  if (!read.ok) return invalid(read.error);
  const db = getDb();
  const known = db.select({ id: cities.id, name: cities.name, localName: cities.localName }).from(cities).all();
  const cityFor = (name: string | null) =>
    name
      ? (known.find(
          (c) =>
            normaliseName(c.name) === normaliseName(name) ||
            (c.localName && normaliseName(c.localName) === normaliseName(name)),
        )?.id ?? null)
      : null;
  const matches = matchListedPeople(db, read.people).map((m) => (m ? `${m.fullName} (by ${m.by})` : null));
  const newCount = matches.filter((m) => !m).length;
  const message =
    `Read ${read.people.length} ${read.people.length === 1 ? 'person' : 'people'}: ${read.people.length - newCount} already in Pressline, ${newCount} new` +
    `${read.refused.length ? `; ${read.refused.length} card${read.refused.length === 1 ? '' : 's'} refused (see why below)` : ''}. Nothing is saved until you import.`;
  return {
    status: 'review',
    message,
    fieldErrors: {},
    values: listToFormValues(read.people, matches, cityFor),
    refused: read.refused,
  };
}

async function save(formData: FormData): Promise<ContactListState> {
  const actor = await currentActor();
  if (!canManageDirectory(actor)) return REFUSED;
  const db = getDb();
  const cityIds = new Set(
    db
      .select({ id: cities.id })
      .from(cities)
      .all()
      .map((c) => c.id),
  );
  const refused = refusedCards.parse(safeJson(String(formData.get('refused') ?? '[]')));
  const parsed = parseListForm((name) => String(formData.get(name) ?? ''), {
    cityIds,
    knownAs: (p) => {
      const m = matchListedPeople(db, [p])[0];
      return m ? m.fullName : null;
    },
  });
  if (!parsed.ok)
    return {
      status: 'review',
      message: 'Nothing was saved yet. Please correct the marked fields.',
      fieldErrors: parsed.fieldErrors,
      values: parsed.values,
      refused,
    };
  const created = saveListedPeople(db, actor!, parsed.people);
  // Inactive people are on no public page: nothing to revalidate until an admin adds them to the directory.
  return {
    status: 'done',
    message: `Imported ${created.length} ${created.length === 1 ? 'person' : 'people'}, awaiting review: add each to the directory from their page.`,
    created,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return [];
  }
}
