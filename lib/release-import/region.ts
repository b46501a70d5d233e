import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { countryOfCity } from './cities';
import { countriesNamed } from './countries';
import { findEmails } from './emails';
import type { KnownCity } from './types';

/** Country-code top-level domains that are not the ISO code of their country. */
const TLD_COUNTRY: Record<string, string> = { uk: 'GB' };
const ISO_RE = /^[A-Z]{2}$/;

export type RegionHints = {
  /** Places of the dateline ("Geneva/Moscow (ICRC) –", "Wien (OTS) -"), first first. */
  dateline: string[];
  /** The text of the contacts block. */
  block: string;
  /** The whole release, for the countries it names. */
  text?: string;
  /** Cities read in the block. */
  cities: (string | null)[];
  knownCities: readonly KnownCity[];
};

function isRegion(code: string | undefined): code is CountryCode {
  if (!code || !ISO_RE.test(code)) return false;
  try {
    getCountryCallingCode(code as CountryCode);
    return true;
  } catch {
    return false;
  }
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The region to read national numbers in ("01/488 31-417", "8 (495) …") when the contact's own city
 * does not say: the dateline's place, then the country of the organisation as its e-mail domains give
 * it (".at", ".ch"), then the country most of the block's international numbers belong to, then the
 * cities named in the block, then the country the release names. Null when nothing says; the numbers
 * are then kept as printed, with a warning.
 */
export function blockRegion(hints: RegionHints): CountryCode | null {
  for (const place of hints.dateline) {
    const country = countryOfCity(place, hints.knownCities);
    if (isRegion(country ?? undefined)) return country as CountryCode;
  }
  const domains = [
    ...findEmails(hints.block)
      .filter((e) => e.type === 'email')
      .map((e) => e.value.split('@')[1]!),
    ...[...hints.block.matchAll(/(?:https?:\/\/|www\.)([\p{L}\p{N}.-]+)/gu)].map((m) => m[1]!),
  ];
  const tlds = domains
    .map((d) => d.replace(/\.$/, '').split('.').pop()!.toLowerCase())
    .map((tld) => TLD_COUNTRY[tld] ?? tld.toUpperCase())
    .filter(isRegion);
  const byDomain = mostCommon(tlds);
  if (byDomain) return byDomain as CountryCode;
  const international = [...hints.block.matchAll(/(?:\+|\b00)\s?\d[\d\s()./-]{6,}/g)]
    .map((m) => parsePhoneNumberFromString(m[0].replace(/^00/, '+').replace(/\(0\)/, ''))?.country)
    .filter(isRegion);
  const byNumbers = mostCommon(international);
  if (byNumbers) return byNumbers as CountryCode;
  const byCities = mostCommon(hints.cities.map((c) => countryOfCity(c, hints.knownCities) ?? '').filter(isRegion));
  if (byCities) return byCities as CountryCode;
  // "Schweizerisches Rote Kreuz", "Croce Rossa Italiana": the country the release names, as the last hint.
  const named = countriesNamed(hints.text ?? '').find(isRegion);
  return named ? (named as CountryCode) : null;
}
