import { z } from 'zod';
import { isValidDelegate } from '../auth/rules';
import { fieldErrorsOf, type FieldErrors, type FormValues } from '../forms/form-state';
import type { ContactDetails } from './contact-snapshot';
import { canonicalLanguageTag } from './languages';
import { normaliseLine } from '../text/normalise';
import { parsePhone, PHONE_KINDS } from './phone';
import { hoursToFormValues, parseWeeklyHours } from './weekly-hours';

/** Rows the form always offers beyond the numbers already stored, so adding one needs no script. */
export const BLANK_PHONE_ROWS = 2;
export const MAX_PHONE_ROWS = 12;
export { SLOTS_PER_DAY, WEEKDAYS } from './weekly-hours';

export type { FieldErrors, FormValues } from '../forms/form-state';

export type ContactFormContext = {
  contact: { id: number; organisation: string };
  /** ISO country of a city, or undefined when there is no such city */
  countryOfCity: (cityId: number) => string | undefined;
  delegate: (contactId: number) => { id: number; organisation: string; active: boolean } | undefined;
};

export type ParsedContactForm =
  { ok: true; details: ContactDetails } | { ok: false; fieldErrors: FieldErrors; values: FormValues };

// One-line fields, normalised before they are checked (lib/text/normalise.ts): no CR/LF, bidi overrides
// or zero-width-only names reach the directory, its API or a vCard.
const text = (max: number) => z.string().overwrite(normaliseLine).max(max, `Keep this under ${max} characters.`);
const scalars = z.object({
  fullName: text(120).min(1, 'Enter the full name.'),
  localName: text(120),
  role: text(120),
  cityId: z.coerce.number({ message: 'Choose a city.' }).int().positive('Choose a city.'),
  email: z
    .string()
    .overwrite(normaliseLine)
    .pipe(z.union([z.literal(''), z.email('Enter an e-mail address like name@example.org.').max(200)])),
  languages: text(200),
  onLeave: z.enum(['', 'on']),
  leaveReturnsOn: z.union([z.literal(''), z.iso.date('Enter a date.')]),
  delegateId: z.union([z.literal(''), z.coerce.number().int().positive()]),
  // Role and short bio for Russian and French readers; left empty, they see the English role.
  roleRu: text(120),
  bioRu: text(300),
  roleFr: text(120),
  bioFr: text(300),
});

export function formValues(read: (name: string) => string): FormValues {
  const values: FormValues = {};
  for (const key of Object.keys(scalars.shape)) values[key] = read(key);
  const rows = Math.min(MAX_PHONE_ROWS, Math.max(0, Number(read('phoneRows')) || 0));
  values.phoneRows = String(rows);
  for (let i = 0; i < rows; i++) {
    values[`phones.${i}.kind`] = read(`phones.${i}.kind`);
    values[`phones.${i}.number`] = read(`phones.${i}.number`);
  }
  return values;
}

export function parseContactForm(read: (name: string) => string, ctx: ContactFormContext): ParsedContactForm {
  const week = parseWeeklyHours(read);
  const values = { ...formValues(read), ...week.values };
  const parsed = scalars.safeParse(values);
  const fieldErrors: FieldErrors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...week.errors };
  const country = parsed.success ? ctx.countryOfCity(parsed.data.cityId) : undefined;
  if (parsed.success && !country) fieldErrors.cityId = 'Choose a city from the list.';

  const languages: string[] = [];
  for (const raw of values.languages!.split(/[,;\s]+/).filter(Boolean)) {
    const tag = canonicalLanguageTag(raw);
    if (!tag) fieldErrors.languages ??= `"${raw}" is not a language code. Use codes like en, fr-CH or ru.`;
    else if (!languages.includes(tag)) languages.push(tag);
  }
  if (languages.length > 10) fieldErrors.languages ??= 'List at most 10 languages.';

  const phones: ContactDetails['phones'] = [];
  for (let i = 0; i < Number(values.phoneRows); i++) {
    const number = values[`phones.${i}.number`]!.trim();
    if (!number) continue;
    const kind = PHONE_KINDS.find((k) => k === values[`phones.${i}.kind`]);
    if (!kind) fieldErrors[`phones.${i}.kind`] = 'Choose what kind of number this is.';
    const result = parsePhone(number, country);
    if (!result.ok) fieldErrors[`phones.${i}.number`] = result.error;
    else if (kind) phones.push({ kind, e164: result.phone.e164, extension: result.phone.extension });
  }

  let delegateId: number | null = null;
  if (parsed.success && parsed.data.delegateId !== '') {
    const delegate = ctx.delegate(parsed.data.delegateId) ?? null;
    if (!isValidDelegate(ctx.contact, delegate))
      fieldErrors.delegateId = 'Choose an active colleague from your organisation.';
    else delegateId = delegate!.id;
  }
  const onLeave = parsed.success && parsed.data.onLeave === 'on';
  if (onLeave && parsed.success && parsed.data.leaveReturnsOn === '')
    fieldErrors.leaveReturnsOn ??= 'Say when you are back.';

  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors, values };
  const d = parsed.data;
  return {
    ok: true,
    details: {
      fullName: d.fullName,
      localName: d.localName || null,
      role: d.role,
      cityId: d.cityId,
      email: d.email || null,
      languages,
      phones,
      hours: week.hours,
      onLeave,
      leaveReturnsOn: onLeave ? d.leaveReturnsOn || null : null,
      delegateId,
      translations: { ru: { role: d.roleRu, bio: d.bioRu }, fr: { role: d.roleFr, bio: d.bioFr } },
    },
  };
}

/** The form's starting values for a stored contact: numbers shown back the way they will be dialled. */
export function detailsToFormValues(d: ContactDetails, formatPhone: (e164: string) => string): FormValues {
  const values: FormValues = {
    fullName: d.fullName,
    localName: d.localName ?? '',
    role: d.role,
    cityId: String(d.cityId),
    email: d.email ?? '',
    languages: d.languages.join(', '),
    onLeave: d.onLeave ? 'on' : '',
    leaveReturnsOn: d.leaveReturnsOn ?? '',
    delegateId: d.delegateId === null ? '' : String(d.delegateId),
    roleRu: d.translations?.ru.role ?? '',
    bioRu: d.translations?.ru.bio ?? '',
    roleFr: d.translations?.fr.role ?? '',
    bioFr: d.translations?.fr.bio ?? '',
  };
  const rows = Math.min(MAX_PHONE_ROWS, d.phones.length + BLANK_PHONE_ROWS);
  values.phoneRows = String(rows);
  for (let i = 0; i < rows; i++) {
    const p = d.phones[i];
    values[`phones.${i}.kind`] = p?.kind ?? 'mobile';
    values[`phones.${i}.number`] = p ? formatPhone(p.e164) + (p.extension ? ` ext. ${p.extension}` : '') : '';
  }
  Object.assign(values, hoursToFormValues(d.hours));
  return values;
}
