import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { parsePhone } from '../directory/phone';
import type { KnownCity, ReleasePhone } from './types';
import { countryOfCity } from './cities';
import type { ContactDraft } from './contact-drafts';

/**
 * E.164 for each number printed for a contact, read in the contact's city's country or else in the
 * block's region (see region.ts), and a warning for each one nobody can dial as printed.
 */
export function resolvePhones(
  draft: ContactDraft,
  knownCities: readonly KnownCity[],
  region: CountryCode | null,
  languageRegions: readonly CountryCode[] = [],
): { phones: ReleasePhone[]; warnings: string[] } {
  const who = describe(draft);
  const country = (countryOfCity(draft.city, knownCities) as CountryCode | null) ?? region;
  const phones: ReleasePhone[] = [];
  const warnings: string[] = [];
  let previous: string | null = null;
  for (const item of draft.items) {
    if (item.type === 'hidden') {
      warnings.push(`E-mail hidden for ${who} ("${item.placeholder}"): ask the press office`);
      continue;
    }
    // "0041 22 …" is "+41 22 …" dialled from most of the world.
    const dial = item.dial.replace(/^00(?=\s?[1-9])/, '+');
    const international = /^\(?\+/.test(dial);
    let e164: string | null = null;
    if (!international && !country && NANP_RE.test(dial)) {
      e164 = northAmerican(dial);
      warnings.push(`"${item.raw}" (${who}) is printed the North American way: read as +1, check it`);
    } else if (!international && !country) {
      // "8 (495) 223-66-99" in a Russian release: valid in one of the language's countries only.
      // (Russia and Kazakhstan share +7: one number read in both is still one reading.)
      const readings = new Map<string, string>();
      for (const r of languageRegions) {
        const parsed = parsePhone(dial, r);
        if (parsed.ok) readings.set(parsed.phone.e164, parsed.phone.country ?? r);
      }
      if (readings.size === 1) {
        const [number, where] = [...readings][0]!;
        e164 = number;
        warnings.push(`"${item.raw}" (${who}) has no country code: read as a number of ${where}, check it`);
      } else {
        warnings.push(`No country for "${item.raw}" (${who}): add the country code`);
      }
    } else {
      const parsed = parsePhone(dial, international ? undefined : country!);
      if (parsed.ok) e164 = parsed.phone.e164;
      else if (!international && NANP_RE.test(dial) && parsePhone(dial, 'US').ok) e164 = northAmerican(dial);
      else warnings.push(`Cannot read "${item.raw}" (${who}): ${parsed.error}`);
    }
    if (!e164 && !international && previous) {
      const shared = withAreaCodeOf(previous, dial);
      if (shared) {
        e164 = shared.e164;
        warnings.pop();
        warnings.push(
          `"${item.raw}" (${who}) has no area code: read with the one of the number before ("${shared.area}"), check it`,
        );
      }
    }
    if (e164) previous = e164;
    if (item.alsoPhone) warnings.push(`"${item.raw}" (${who}) is printed as phone and fax: kept as fax only`);
    phones.push({ raw: item.raw, e164, kind: item.kind });
  }
  return { phones, warnings };
}

/**
 * "(495) 637-5019, 645-6472": the second number shares the first one's area code, printed once. Read it
 * with that code when the digits fill the rest of a number of the same length.
 */
function withAreaCodeOf(previous: string, dial: string): { e164: string; area: string } | null {
  const digits = dial.replace(/\D/g, '');
  const before = parsePhoneNumberFromString(previous);
  if (!before || digits.length < 5 || digits.length > 8) return null;
  const national = before.nationalNumber;
  const area = national.slice(0, national.length - digits.length);
  if (area.length < 1 || area.length > 5) return null;
  const parsed = parsePhone(`+${before.countryCallingCode}${area}${digits}`);
  return parsed.ok ? { e164: parsed.phone.e164, area } : null;
}

// "202.450.9153", "(202) 555-0123", "703-203-7843": ten digits grouped 3-3-4, as only the +1 plan prints them.
const NANP_RE = /^\(?[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]\d{4}$/;

function northAmerican(dial: string): string | null {
  const parsed = parsePhone(dial, 'US');
  return parsed.ok ? parsed.phone.e164 : null;
}

function describe(draft: ContactDraft): string {
  if (draft.name) return draft.name;
  if (draft.role) return draft.role;
  return draft.city ? `the contact in ${draft.city}` : 'a contact with no name';
}
