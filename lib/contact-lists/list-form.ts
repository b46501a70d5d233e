import { z } from 'zod';
import type { FieldErrors, FormValues } from '../directory/contact-form';
import { canonicalLanguageTag } from '../directory/languages';
import { parsePhone, PHONE_KINDS } from '../directory/phone';
import type { ListedPerson } from './vcard-file';

/**
 * The review step of a contact-list import: one row per person read from the file, each either
 * already in Pressline (shown, not imported) or proposed as a new contact awaiting review. The
 * people travel in a hidden field between the steps, so they are checked again from scratch on save.
 */
export type ListedContactInput = {
  fullName: string;
  role: string;
  organisation: string;
  cityId: number;
  email: string | null;
  phones: ListedPerson['phones'];
  languages: string[];
};
export type ParsedListForm =
  { ok: true; people: ListedContactInput[] } | { ok: false; fieldErrors: FieldErrors; values: FormValues };
export type ListFormContext = {
  cityIds: Set<number>;
  /** Who in Pressline already has this person's e-mail or number, if anyone */
  knownAs: (person: Pick<ListedPerson, 'email' | 'phones'>) => string | null;
};

const row = (i: number, field: string) => `people.${i}.${field}`;

const carried = z
  .array(
    z.object({
      card: z.number().int().positive(),
      fullName: z.string().max(120),
      organisation: z.string().max(120),
      role: z.string().max(120),
      email: z.email().max(254).nullable(),
      phones: z
        .array(
          z.object({ e164: z.string().max(20), kind: z.enum(PHONE_KINDS), extension: z.string().max(10).nullable() }),
        )
        .max(10),
      city: z.string().max(120).nullable(),
      languages: z.array(z.string().max(35)).max(10).default([]),
      problems: z.array(z.string().max(300)).max(10),
    }),
  )
  .max(200);

const person = z.object({
  name: z.string().trim().min(1, 'Enter the person’s full name.').max(120, 'Keep the name under 120 characters.'),
  organisation: z
    .string()
    .trim()
    .min(1, 'Enter the organisation.')
    .max(120, 'Keep the organisation under 120 characters.'),
  role: z.string().trim().max(120, 'Keep the role under 120 characters.'),
});

export function readCarriedPeople(json: string | undefined): ListedPerson[] | null {
  try {
    const parsed = carried.safeParse(JSON.parse(json || '[]'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function listToFormValues(
  people: ListedPerson[],
  known: (string | null)[],
  cityFor: (city: string | null) => number | null,
): FormValues {
  const values: FormValues = { people: JSON.stringify(people) };
  people.forEach((p, i) => {
    values[row(i, 'include')] = known[i] ? '' : 'on';
    values[row(i, 'knownAs')] = known[i] ?? '';
    values[row(i, 'name')] = p.fullName;
    values[row(i, 'organisation')] = p.organisation;
    values[row(i, 'role')] = p.role;
    values[row(i, 'cityId')] = String(cityFor(p.city) ?? '');
  });
  return values;
}

export function parseListForm(read: (name: string) => string, ctx: ListFormContext): ParsedListForm {
  const values: FormValues = { people: read('people') };
  const people = readCarriedPeople(values.people);
  const fieldErrors: FieldErrors = {};
  if (!people)
    return {
      ok: false,
      fieldErrors: { people: 'The list could not be read back. Upload the file again.' },
      values: { people: '[]' },
    };
  const out: ListedContactInput[] = [];
  people.forEach((p, i) => {
    for (const f of ['include', 'knownAs', 'name', 'organisation', 'role', 'cityId'])
      values[row(i, f)] = read(row(i, f));
    if (!values[row(i, 'include')]) return;
    const known = ctx.knownAs(p);
    if (known) return void (fieldErrors[row(i, 'include')] = `Already in Pressline as ${known}: untick this row.`);
    const checked = person.safeParse({
      name: values[row(i, 'name')],
      organisation: values[row(i, 'organisation')],
      role: values[row(i, 'role')],
    });
    if (!checked.success)
      for (const issue of checked.error.issues) fieldErrors[row(i, String(issue.path[0]))] ??= issue.message;
    const cityText = values[row(i, 'cityId')]!;
    const cityId = /^\d{1,12}$/.test(cityText) ? Number(cityText) : NaN;
    if (!ctx.cityIds.has(cityId)) fieldErrors[row(i, 'cityId')] = 'Choose the city this person works from.';
    // The numbers were read on the server at upload; a tampered one is refused here, not stored.
    const phones = p.phones.filter((x) => {
      const again = parsePhone(x.e164);
      return again.ok && again.phone.e164 === x.e164;
    });
    if (phones.length !== p.phones.length)
      fieldErrors[row(i, 'include')] = 'A number of this row could not be read back. Upload the file again.';
    if (checked.success && ctx.cityIds.has(cityId)) {
      out.push({
        fullName: checked.data.name,
        organisation: checked.data.organisation,
        role: checked.data.role,
        cityId,
        email: p.email,
        phones,
        // Read from the file at upload; a tag that is not one is dropped here, not stored.
        languages: p.languages.filter((tag) => canonicalLanguageTag(tag) === tag),
      });
    }
  });
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors, values };
  if (!out.length) return { ok: false, fieldErrors: { people: 'Tick at least one new person to import.' }, values };
  return { ok: true, people: out };
}
