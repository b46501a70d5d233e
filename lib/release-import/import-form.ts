import { z } from 'zod';
import { parseCityForm, type CityInput } from '../directory/city-form';
import { fieldErrorsOf, type FieldErrors, type FormValues } from '../forms/form-state';
import { parsePhone, PHONE_KINDS, type PhoneKind } from '../directory/phone';
import type { CityProposal } from './city-proposals';
import type { CutPart } from './clean-release';
import { toDirectoryKind, type ParsedRelease } from './';
import { MAX_ABOUT, releaseLanguage, releaseScalars, type ReleaseInput } from '../releases/release-form';

/**
 * The review step of a release import: what the parser read, laid out as one editable form
 * (title, date, dateline, summary, body, and each contact either linked to someone Pressline
 * knows or proposed as a new, inactive contact), and the checks that form must pass to be saved.
 */

export const MAX_IMPORT_TEXT = 50_000;
export const MAX_IMPORT_CONTACTS = 40;
export const MAX_IMPORT_PHONES = 6;
export const MAX_NEW_CITIES = 8;
export { MAX_ABOUT };
/** A contact row's city select names a city proposed in this same form as `new.<index>`. */
export const NEW_CITY_PREFIX = 'new.';
/** The value of a contact row's "who is this" select that proposes a new contact */
export const NEW_CONTACT = 'new';

export type ImportMatch = {
  /** An existing contact the row is linked to, and what identified it */
  contactId: number | null;
  by: 'phone' | 'e-mail' | 'name' | null;
  /** The Pressline city the parsed city label names */
  cityId: number | null;
};

export type NewImportedContact = {
  fullName: string;
  role: string;
  organisation: string;
  /** A city Pressline has, or (null) the `newCity`-th of the cities created with this import */
  cityId: number | null;
  newCity: number | null;
  email: string | null;
  bio: string;
  phones: { kind: PhoneKind; e164: string; extension: string | null }[];
};

export type ImportedRow = { cityLabel: string } & (
  { contactId: number; create?: undefined } | { contactId?: undefined; create: NewImportedContact }
);

export type ImportInput = {
  release: Omit<ReleaseInput, 'contacts' | 'translationOf'>;
  rows: ImportedRow[];
  newCities: CityInput[];
};

export type ParsedImportForm =
  { ok: true; input: ImportInput } | { ok: false; fieldErrors: FieldErrors; values: FormValues };

export type ImportFormContext = {
  /** The city name of an existing contact; undefined when there is no such contact */
  contactCity: (id: number) => string | undefined;
  /** The ISO country of a Pressline city, for numbers printed without +; undefined for an unknown city */
  cityCountry: (id: number) => string | undefined;
  /** Whether Pressline already has a city of this name (or local name) */
  cityExists: (name: string) => boolean;
};

const row = (i: number, field: string) => `contacts.${i}.${field}`;
const phoneField = (i: number, j: number, field: 'number' | 'kind') => `contacts.${i}.phones.${j}.${field}`;
export const newCityField = (k: number, field: string) => `newCities.${k}.${field}`;
const CITY_FIELDS = ['name', 'country', 'timeZone', 'deskEmail', 'dutyPhone'] as const;
const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** What the import left out of the body, as the review form carries it (a hidden field) and shows it. */
export function readCut(json: string | undefined): CutPart[] {
  try {
    const parts: unknown = JSON.parse(json || '[]');
    return Array.isArray(parts)
      ? parts.filter((p): p is CutPart => typeof p?.what === 'string' && typeof p?.text === 'string').slice(0, 20)
      : [];
  } catch {
    return [];
  }
}

/** What the parser read for one person, in one line, shown beside the editable fields. */
export function describeParsedContact(c: ParsedRelease['contacts'][number]): string {
  const what = [
    c.name ?? '(a desk, no person)',
    c.role && `(${c.role})`,
    ...c.phones.map((p) => `${p.kind ?? 'phone'} ${p.raw}`),
    ...c.emails,
    ...c.notes,
  ]
    .filter(Boolean)
    .join(' · ');
  return c.city ? `${c.city}: ${what}` : what;
}

/** The review form, filled in from what the parser read and whom Pressline recognised. */
export function importToFormValues(
  parsed: ParsedRelease,
  matches: ImportMatch[],
  extra: {
    body: string;
    organisation: string;
    about?: string;
    cut?: CutPart[];
    recovered?: string[];
    newCities?: CityProposal[];
    /** The language the import read the release in; English when it could not tell */
    language?: string | null;
  },
): FormValues {
  const { body, organisation, about = '', cut = [], recovered = [] } = extra;
  const people = parsed.contacts.slice(0, MAX_IMPORT_CONTACTS);
  const newCities = (extra.newCities ?? []).slice(0, MAX_NEW_CITIES);
  const newCityOf = (place: string | null | undefined) => {
    const k = place ? newCities.findIndex((c) => foldName(c.name) === foldName(place)) : -1;
    return k === -1 ? '' : `${NEW_CITY_PREFIX}${k}`;
  };
  const values: FormValues = {
    title: parsed.title ?? '',
    publishedOn: parsed.date ?? '',
    dateline: parsed.dateline.join('/'),
    summary: '',
    body,
    about: about.slice(0, MAX_ABOUT),
    language: releaseLanguage.safeParse(extra.language).data || 'en',
    cut: JSON.stringify(cut),
    recovered: recovered.join('\n'),
    newCities: String(newCities.length),
    contactRows: String(people.length),
    warnings: [
      ...parsed.warnings,
      ...(parsed.contacts.length > people.length ? [`Only the first ${MAX_IMPORT_CONTACTS} contacts are shown.`] : []),
    ].join('\n'),
  };
  newCities.forEach((city, k) => {
    values[newCityField(k, 'create')] = 'on';
    values[newCityField(k, 'found')] = city.found ? '1' : '';
    for (const f of CITY_FIELDS) values[newCityField(k, f)] = city[f];
  });
  people.forEach((c, i) => {
    const m = matches[i] ?? { contactId: null, by: null, cityId: null };
    const phones = c.phones.slice(0, MAX_IMPORT_PHONES);
    Object.assign(values, {
      [row(i, 'include')]: c.name || m.contactId ? 'on' : '',
      [row(i, 'read')]: describeParsedContact(c),
      [row(i, 'matchedBy')]: m.by ?? '',
      [row(i, 'target')]: m.contactId ? String(m.contactId) : NEW_CONTACT,
      [row(i, 'label')]: c.city ?? parsed.dateline[0] ?? '',
      [row(i, 'name')]: c.name ?? '',
      [row(i, 'role')]: c.role ?? '',
      [row(i, 'organisation')]: organisation,
      [row(i, 'cityId')]: m.cityId
        ? String(m.cityId)
        : newCityOf(c.city) || newCityOf(c.city ? null : parsed.dateline[0]),
      [row(i, 'email')]: c.emails[0] ?? '',
      [row(i, 'notes')]: c.notes.join('; '),
      [row(i, 'phoneRows')]: String(phones.length + 1),
    });
    // One blank row more than was printed, for a number the release left out.
    for (let j = 0; j <= phones.length; j++) {
      values[phoneField(i, j, 'number')] = phones[j] ? (phones[j]!.e164 ?? phones[j]!.raw) : '';
      values[phoneField(i, j, 'kind')] = toDirectoryKind(phones[j]?.kind ?? null) ?? 'mobile';
    }
  });
  return values;
}

const newContactSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the person’s full name, or link the row to someone Pressline knows.')
    .max(120, 'Keep the name under 120 characters.'),
  role: z.string().trim().max(120, 'Keep the role under 120 characters.'),
  organisation: z
    .string()
    .trim()
    .min(1, 'Enter the organisation.')
    .max(120, 'Keep the organisation under 120 characters.'),
  email: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .max(254, 'That e-mail address is too long.')
      .pipe(z.email('Enter an e-mail address like name@example.org, or leave it empty.')),
  ]),
  notes: z.string().trim().max(1000, 'Keep the notes under 1000 characters.'),
});

/** Reads the submitted review form; every refusal is a message on the field it concerns. */
export function parseImportForm(read: (name: string) => string, ctx: ImportFormContext): ParsedImportForm {
  const values: FormValues = {};
  const take = (name: string) => (values[name] = read(name));
  for (const key of [...Object.keys(releaseScalars.shape), 'warnings', 'about', 'cut', 'recovered']) take(key);
  const scalars = releaseScalars.safeParse(values);
  const fieldErrors: FieldErrors = scalars.success ? {} : fieldErrorsOf(scalars.error);
  if (values.about!.length > MAX_ABOUT)
    fieldErrors.about = `Keep the About note under ${MAX_ABOUT.toLocaleString('en')} characters.`;
  const language = releaseLanguage.safeParse(take('language').trim());
  if (!language.success) fieldErrors.language = language.error.issues[0]!.message;
  const recovered = new Set(
    values
      .recovered!.split('\n')
      .map((a) => a.trim().toLowerCase())
      .filter(Boolean),
  );

  // Cities to create with this import: each checked like the city form, and not one Pressline has.
  const cityCount = Math.min(MAX_NEW_CITIES, Math.max(0, Math.trunc(Number(read('newCities'))) || 0));
  values.newCities = String(cityCount);
  const newCities: CityInput[] = [];
  /** form index → position in newCities, for the cities that will be created */
  const created = new Map<number, number>();
  const newCountry = new Map<number, string>();
  for (let k = 0; k < cityCount; k++) {
    for (const f of ['create', 'found', ...CITY_FIELDS]) take(newCityField(k, f));
    if (!values[newCityField(k, 'create')]) continue;
    const city = parseCityForm((f) => values[newCityField(k, f)] ?? '');
    if (!city.ok) {
      for (const [f, message] of Object.entries(city.fieldErrors)) fieldErrors[newCityField(k, f)] = message;
      continue;
    }
    if (ctx.cityExists(city.input.name) || newCities.some((c) => foldName(c.name) === foldName(city.input.name))) {
      fieldErrors[newCityField(k, 'name')] =
        `Pressline already has ${city.input.name}: untick “Create” and choose it for the contacts.`;
      continue;
    }
    created.set(k, newCities.length);
    newCountry.set(k, city.input.country);
    newCities.push(city.input);
  }

  const count = Math.min(MAX_IMPORT_CONTACTS, Math.max(0, Math.trunc(Number(read('contactRows'))) || 0));
  values.contactRows = String(count);
  const rows: ImportedRow[] = [];
  const linked = new Set<number>();
  for (let i = 0; i < count; i++) {
    for (const f of [
      'include',
      'read',
      'matchedBy',
      'target',
      'label',
      'name',
      'role',
      'organisation',
      'cityId',
      'email',
      'notes',
    ])
      take(row(i, f));
    const phoneRows = Math.min(MAX_IMPORT_PHONES + 1, Math.max(0, Math.trunc(Number(read(row(i, 'phoneRows')))) || 0));
    values[row(i, 'phoneRows')] = String(phoneRows);
    for (let j = 0; j < phoneRows; j++) {
      take(phoneField(i, j, 'number'));
      take(phoneField(i, j, 'kind'));
    }
    if (!values[row(i, 'include')]) continue;

    const label = values[row(i, 'label')]!.trim();
    if (label.length > 80) fieldErrors[row(i, 'label')] = 'Keep the label under 80 characters.';
    const target = values[row(i, 'target')]!.trim();
    if (target !== NEW_CONTACT) {
      const id = /^\d{1,12}$/.test(target) ? Number(target) : NaN;
      const city = Number.isSafeInteger(id) ? ctx.contactCity(id) : undefined;
      if (city === undefined) fieldErrors[row(i, 'target')] = 'Choose someone from the list, or “New contact”.';
      else if (linked.has(id)) fieldErrors[row(i, 'target')] = 'This person is listed twice; untick one of the rows.';
      else {
        linked.add(id);
        rows.push({ contactId: id, cityLabel: label || city });
      }
      continue;
    }

    const person = newContactSchema.safeParse({
      name: values[row(i, 'name')],
      role: values[row(i, 'role')],
      organisation: values[row(i, 'organisation')],
      email: values[row(i, 'email')],
      notes: values[row(i, 'notes')],
    });
    if (!person.success)
      Object.assign(
        fieldErrors,
        fieldErrorsOf(person.error, (path) => row(i, String(path[0]))),
      );
    const cityText = values[row(i, 'cityId')]!;
    const cityId = /^\d{1,12}$/.test(cityText) ? Number(cityText) : NaN;
    const newK = cityText.startsWith(NEW_CITY_PREFIX) ? Number(cityText.slice(NEW_CITY_PREFIX.length)) : NaN;
    const newCity = created.get(newK);
    let country = Number.isSafeInteger(cityId) ? ctx.cityCountry(cityId) : undefined;
    if (Number.isInteger(newK) && newK >= 0 && newK < cityCount) {
      country = newCountry.get(newK);
      if (!values[newCityField(newK, 'create')]) {
        fieldErrors[row(i, 'cityId')] =
          `Tick “Create ${values[newCityField(newK, 'name')] || 'the city'}” above, or choose a city Pressline has.`;
      } else if (country === undefined) fieldErrors[row(i, 'cityId')] = 'Correct the new city above first.';
    } else if (country === undefined) fieldErrors[row(i, 'cityId')] = 'Choose the city this person works from.';
    const email = values[row(i, 'email')]!.trim().toLowerCase();
    take(row(i, 'emailConfirmed'));
    if (email && recovered.has(email) && !values[row(i, 'emailConfirmed')]) {
      fieldErrors[row(i, 'email')] ??=
        'This address was recovered from the page: tick that you checked it, correct it, or clear it.';
    }
    const phones: NewImportedContact['phones'] = [];
    for (let j = 0; j < phoneRows; j++) {
      const number = values[phoneField(i, j, 'number')]!.trim();
      if (!number) continue;
      const kind = PHONE_KINDS.find((k) => k === values[phoneField(i, j, 'kind')]);
      if (!kind) fieldErrors[phoneField(i, j, 'kind')] = 'Choose what kind of number this is.';
      const result = parsePhone(number, country);
      if (!result.ok) fieldErrors[phoneField(i, j, 'number')] = result.error;
      else if (phones.some((p) => p.e164 === result.phone.e164 && p.extension === result.phone.extension))
        fieldErrors[phoneField(i, j, 'number')] = 'This number is listed twice.';
      else if (kind) phones.push({ kind, e164: result.phone.e164, extension: result.phone.extension });
    }
    if (person.success && country !== undefined) {
      const p = person.data;
      rows.push({
        cityLabel: label,
        create: {
          fullName: p.name,
          role: p.role,
          organisation: p.organisation,
          cityId: newCity === undefined ? cityId : null,
          newCity: newCity ?? null,
          email: p.email || null,
          bio: p.notes,
          phones,
        },
      });
    }
  }
  if (!scalars.success || Object.keys(fieldErrors).length) return { ok: false, fieldErrors, values };
  const d = scalars.data;
  return {
    ok: true,
    input: {
      release: {
        title: d.title,
        publishedOn: d.publishedOn,
        dateline: d.dateline
          .split('/')
          .map((s) => s.trim())
          .filter(Boolean),
        summary: d.summary,
        body: d.body.replace(/\r\n/g, '\n'),
        about: values.about!.replace(/\r\n/g, '\n').trim(),
        language: language.data || undefined,
      },
      rows,
      newCities,
    },
  };
}
