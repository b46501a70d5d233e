import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors, type FormValues } from '../forms/form-state';
import { parsePhone } from './phone';
import { normaliseLine } from '../text/normalise';
import { canonicalTimeZone } from '../text/time-zone';

export type CityInput = {
  name: string;
  /** The city's name for Russian and French readers; empty = they see `name`; absent = left as it is */
  nameRu?: string;
  nameFr?: string;
  country: string;
  timeZone: string;
  deskEmail: string;
  dutyPhone: string;
};
export type ParsedCityForm =
  { ok: true; input: CityInput } | { ok: false; fieldErrors: FieldErrors; values: FormValues };

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** IANA names of places, including aliases that canonicalise (europe/zurich, Europe/Kiev → Europe/Kyiv). */
export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

const schema = z.object({
  name: z.string().overwrite(normaliseLine).min(1, 'Enter the city’s name.').max(80),
  nameRu: z.string().overwrite(normaliseLine).max(80, 'Keep the Russian name under 80 characters.'),
  nameFr: z.string().overwrite(normaliseLine).max(80, 'Keep the French name under 80 characters.'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Enter the two-letter country code, e.g. CH.')
    .refine((c) => regions.of(c) !== undefined, 'That is not a country code we know.'),
  // Stored under its canonical IANA name: `europe/zurich` → Europe/Zurich; EST5EDT and CET are refused.
  timeZone: z
    .string()
    .transform(
      (zone, ctx) =>
        canonicalTimeZone(zone) ??
        (ctx.addIssue({ code: 'custom', message: 'Enter a time zone like Europe/Zurich.' }), z.NEVER),
    ),
  deskEmail: z.string().overwrite(normaliseLine).pipe(z.email('Enter the press desk’s e-mail address.').max(200)),
  dutyPhone: z.string().overwrite(normaliseLine).min(1, 'Enter the 24/7 duty number.'),
});

export function parseCityForm(read: (name: string) => string): ParsedCityForm {
  const values: FormValues = {};
  for (const key of Object.keys(schema.shape)) values[key] = read(key);
  const parsed = schema.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const phone = parsePhone(values.dutyPhone ?? '', parsed.success ? parsed.data.country : undefined);
  if (!phone.ok) fieldErrors.dutyPhone ??= phone.error;
  if (!parsed.success || !phone.ok || Object.keys(fieldErrors).length) return { ok: false, fieldErrors, values };
  return { ok: true, input: { ...parsed.data, dutyPhone: phone.phone.e164 } };
}
