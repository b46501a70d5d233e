import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/max';

export const PHONE_KINDS = ['mobile', 'office', 'duty', 'whatsapp', 'signal', 'fax'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export const PHONE_KIND_LABELS: Record<PhoneKind, string> = {
  mobile: 'Mobile',
  office: 'Office',
  duty: 'Duty line',
  whatsapp: 'WhatsApp',
  signal: 'Signal',
  fax: 'Fax',
};

export type ParsedPhone = {
  /** +<country code><national number>, no extension */
  e164: string;
  /** e.g. "+41 79 708 43 67" */
  international: string;
  /** ISO 3166 alpha-2 of the number itself, not of the contact's city */
  country: string | null;
  extension: string | null;
};

export type PhoneResult = { ok: true; phone: ParsedPhone } | { ok: false; error: string };

/**
 * Reads a phone number as people print it: "+7 916 667 6977", "+ 41 79…",
 * "+44 (0)20 7946 0000", "(022) 730 42 22" with a default country.
 */
export function parsePhone(input: string, defaultCountry?: string): PhoneResult {
  const text = normaliseDigits(input).trim();
  if (!text) return { ok: false, error: 'Enter a phone number.' };
  if (!/\d/.test(text)) return { ok: false, error: 'A phone number needs digits.' };
  if (text.length > 40) return { ok: false, error: 'That is too long for a phone number.' };
  const stray = text.replace(/\s*(ext\.?|x|#)\s*\d+\s*$/i, '').match(/[^\d\s+()./\-]+/);
  if (stray) return { ok: false, error: `“${stray[0]}” is not part of a phone number: use digits, spaces and + only.` };
  const country = defaultCountry?.toUpperCase() as CountryCode | undefined;
  const cleaned = text
    // "+ 41" → "+41"
    .replace(/^\+\s+/, '+')
    // "+44 (0)20" → "+44 20": the trunk prefix in brackets is dialled only at home
    .replace(/^(\+\d{1,3})\s*\(0\)\s*/, '$1 ')
    // "+972/2/…", "0664/…"
    .replace(/\//g, ' ');
  const parsed = parsePhoneNumberFromString(cleaned, country ? { defaultCountry: country } : undefined);
  if (!parsed || !parsed.isValid()) return { ok: false, error: whatIsWrong(cleaned, text, country) };
  return {
    ok: true,
    phone: {
      e164: parsed.number,
      international: parsed.formatInternational().replace(/\s+ext\..*$/, ''),
      country: parsed.country ?? null,
      extension: parsed.ext ?? null,
    },
  };
}

const regions = new Intl.DisplayNames('en', { type: 'region' });

/** The one thing wrong with a number that does not parse, said about what was typed. */
function whatIsWrong(cleaned: string, typed: string, country: CountryCode | undefined): string {
  if (!cleaned.startsWith('+') && !country)
    return `“${typed}” has no country code: start with + and the country code, e.g. +41 79 708 43 67.`;
  const problem = validatePhoneNumberLength(cleaned, country ? { defaultCountry: country } : undefined);
  const parsed = parsePhoneNumberFromString(cleaned, country ? { defaultCountry: country } : undefined);
  const where = parsed?.country
    ? `${regions.of(parsed.country)} (+${parsed.countryCallingCode})`
    : parsed
      ? `+${parsed.countryCallingCode}`
      : null;
  switch (problem) {
    case 'INVALID_COUNTRY':
      return `“${typed}” does not start with a country code we know: check the digits after +.`;
    case 'TOO_SHORT':
      return `“${typed}” has too few digits for a number in ${where ?? 'that country'}.`;
    case 'TOO_LONG':
      return `“${typed}” has too many digits for a number in ${where ?? 'that country'}.`;
    default:
      return where
        ? `“${typed}” is not a number in use in ${where}: check the digits.`
        : `“${typed}” is not a phone number we can read: check the digits.`;
  }
}

/** Formats a stored E.164 number for display; falls back to the raw value. */
export function formatInternational(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}

export function telHref(e164: string, extension?: string | null): string {
  // RFC 3966: extensions go after ";ext="; dialers that ignore it still reach the switchboard.
  return `tel:${e164}${extension ? `;ext=${extension}` : ''}`;
}

export function whatsAppHref(e164: string): string {
  return `https://wa.me/${e164.replace(/\D/g, '')}`;
}

/** Full-width and Arabic-Indic digits occur in pasted text; the parser wants ASCII. */
function normaliseDigits(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}
