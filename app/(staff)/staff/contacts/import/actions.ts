'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { matchListedPeople, saveListedPeople } from '@/db/writes/contact-list-import';
import { cities } from '@/db/schema';
import { canManageDirectory } from '@/lib/auth/rules';
import { currentActor } from '@/lib/auth/staff-session';
import { listToFormValues, parseListForm } from '@/lib/contact-lists/list-form';
import {
  CSV_FIELDS,
  guessMapping,
  mapCsvRows,
  mappingProblem,
  readCsv,
  regionFinder,
  type CsvField,
} from '@/lib/contact-lists/csv-file';
import { readVCardFile, type ListedPerson, type Refusal } from '@/lib/contact-lists/vcard-file';
import type { FieldErrors, FormValues } from '@/lib/directory/contact-form';
import { normaliseName } from '@/lib/slug';

export type ContactListState =
  | { status: 'idle' }
  | { status: 'refused'; message: string }
  /** The upload step, refused: which file, and why */
  | { status: 'file-invalid'; message: string; fieldErrors: FieldErrors }
  /** A spreadsheet's columns, each to be mapped to a field, with its first rows to see what they hold */
  | {
      status: 'mapping';
      message: string;
      fieldErrors: FieldErrors;
      csv: string;
      header: string[];
      sample: string[][];
      rowCount: number;
      mapping: CsvField[];
      defaultCityId: string;
    }
  /** The review step: who was read, who Pressline knows, which cards (or rows) were refused and why */
  | {
      status: 'review';
      message: string;
      fieldErrors: FieldErrors;
      values: FormValues;
      refused: Refusal[];
      unit: Unit;
    }
  | { status: 'done'; message: string; created: { slug: string; fullName: string }[] };

const REFUSED: ContactListState = {
  status: 'refused',
  message: 'Only the press office’s admins can import contact lists. Nothing was saved.',
};
/** Under the 256 kB limit on any Server Action's body (next.config.ts). */
const MAX_FILE_BYTES = 200 * 1024;
const step = z.enum(['preview', 'map', 'save']).catch('preview');
const unit = z.enum(['card', 'row']).catch('card');
type Unit = z.infer<typeof unit>;
const SAMPLE_ROWS = 5;
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
  const which = step.parse(formData.get('step'));
  return which === 'save' ? save(formData) : which === 'map' ? mapped(formData) : preview(formData);
}

const isVCard = (name: string, text: string) => /\.vcf$/i.test(name) || /^\uFEFF?\s*BEGIN:VCARD/i.test(text);

async function preview(formData: FormData): Promise<ContactListState> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0)
    return invalid('Choose the .vcf or .csv file your address book exported.');
  if (file.size > MAX_FILE_BYTES)
    return invalid(`That file is ${Math.ceil(file.size / 1024)} kB; a contact list can be at most 200 kB.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return invalid('That file is not text (UTF-8). Export the contacts as vCard (.vcf) or CSV in UTF-8.');
  }
  if (isVCard(file.name, text)) {
    const read = readVCardFile(text);
    if (!read.ok) return invalid(read.error);
    return review(read.people, read.refused, 'card', null);
  }
  const table = readCsv(text);
  if (!table.ok) return invalid(table.error);
  return mappingState(text, table.table, guessMapping(table.table.header), '', {});
}

function mappingState(
  csv: string,
  table: { header: string[]; rows: string[][] },
  mapping: CsvField[],
  defaultCityId: string,
  fieldErrors: FieldErrors,
): ContactListState {
  const failed = Object.keys(fieldErrors).length > 0;
  return {
    status: 'mapping',
    message: failed
      ? 'Nothing was read yet. Please correct the marked fields.'
      : `Read ${table.rows.length} row${table.rows.length === 1 ? '' : 's'} and ${table.header.length} columns. Check what each column holds, then preview the people. Nothing is saved yet.`,
    fieldErrors,
    csv,
    header: table.header.map((h) => h.slice(0, 80)),
    sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => table.header.map((_, i) => (r[i] ?? '').slice(0, 80))),
    rowCount: table.rows.length,
    mapping,
    defaultCityId,
  };
}

/** The mapping step, submitted: the file comes back in a hidden field and is read again from scratch. */
async function mapped(formData: FormData): Promise<ContactListState> {
  const csv = String(formData.get('csv') ?? '');
  if (Buffer.byteLength(csv) > MAX_FILE_BYTES) return invalid('The list came back too large. Upload the file again.');
  const table = readCsv(csv);
  if (!table.ok) return invalid(table.error);
  const fieldErrors: FieldErrors = {};
  const mapping = table.table.header.map((_, i) => {
    const chosen = z.enum(CSV_FIELDS).safeParse(formData.get(`column.${i}`));
    if (!chosen.success) fieldErrors[`column.${i}`] = 'Choose what this column holds, or ignore it.';
    return chosen.success ? chosen.data : 'ignore';
  });
  const db = getDb();
  const known = db
    .select({ id: cities.id, name: cities.name, localName: cities.localName, country: cities.country })
    .from(cities)
    .all();
  const defaultCityId = String(formData.get('defaultCityId') ?? '');
  const defaultCity = known.find((c) => String(c.id) === defaultCityId);
  if (defaultCityId && !defaultCity) fieldErrors.defaultCityId = 'Choose a city from the list, or none.';
  const problem = mappingProblem(mapping);
  if (problem) fieldErrors.mapping = problem;
  if (Object.keys(fieldErrors).length)
    return mappingState(csv, table.table, mapping, defaultCity ? defaultCityId : '', fieldErrors);
  const read = mapCsvRows(table.table, mapping, regionFinder(known, defaultCity?.country));
  return review(read.people, read.refused, 'row', defaultCity?.id ?? null);
}

function review(people: ListedPerson[], refused: Refusal[], u: Unit, defaultCityId: number | null): ContactListState {
  const db = getDb();
  const known = db.select({ id: cities.id, name: cities.name, localName: cities.localName }).from(cities).all();
  const cityFor = (name: string | null) =>
    (name
      ? known.find(
          (c) =>
            normaliseName(c.name) === normaliseName(name) ||
            (c.localName && normaliseName(c.localName) === normaliseName(name)),
        )?.id
      : null) ?? defaultCityId;
  const matches = matchListedPeople(db, people).map((m) => (m ? `${m.fullName} (by ${m.by})` : null));
  const newCount = matches.filter((m) => !m).length;
  const message =
    `Read ${people.length} ${people.length === 1 ? 'person' : 'people'}: ${people.length - newCount} already in Pressline, ${newCount} new` +
    `${refused.length ? `; ${refused.length} ${u}${refused.length === 1 ? '' : 's'} refused (see why below)` : ''}. Nothing is saved until you import.`;
  return {
    status: 'review',
    message,
    fieldErrors: {},
    values: listToFormValues(people, matches, cityFor),
    refused,
    unit: u,
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
      unit: unit.parse(formData.get('unit')),
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
