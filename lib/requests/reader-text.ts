import { isLocale, type Locale } from '../i18n/locales';
import { syncTranslatorFor } from '../i18n/sync-translator';
import { formatInZone } from '../time/zoned-time';
import type { FORMAT_LABELS } from './fields';

/**
 * Text a journalist reads in the language of the page they wrote from (interview_requests.locale):
 * the e-mails and the request's history. Staff read the same facts in English.
 */

/** "Tue, 1 Dec 2026, 15:30" in English as before; "вт, 1 дек. 2026 г., 15:30", "mar. 1 déc. 2026, 15:30". */
export function formatForReader(at: Date | number, timeZone: string, locale: Locale): string {
  return locale === 'en' ? formatInZone(at, timeZone) : formatInZone(at, timeZone, locale);
}

/** Whom the request reached, as the e-mails name it: built from facts, worded per language. */
export type AddressedTo =
  | { kind: 'person'; name: string }
  | { kind: 'delegate'; name: string; absent: string }
  | { kind: 'successor'; name: string; predecessor: string }
  | { kind: 'city'; city: string; localNames?: Partial<Record<Locale, string>> }
  | { kind: 'release'; title: string };

export function describeAddressee(a: AddressedTo, locale: Locale): string {
  const t = syncTranslatorFor(locale);
  switch (a.kind) {
    case 'person':
      return t('Mail.addressee.person', { name: a.name });
    case 'delegate':
      return t('Mail.addressee.delegate', { name: a.name, absent: a.absent });
    case 'successor':
      return t('Mail.addressee.successor', { name: a.name, predecessor: a.predecessor });
    case 'city':
      return t('Mail.addressee.city', { city: a.localNames?.[locale] ?? a.city });
    case 'release':
      return t('Mail.addressee.release', { title: a.title });
  }
}

export function formatLabel(format: keyof typeof FORMAT_LABELS, locale: Locale): string {
  return syncTranslatorFor(locale)(`RequestFormat.${format}`);
}

/** A stored request's language (interview_requests.locale is plain text): anything unknown reads as English. */
export function requestLocale(stored: string | null | undefined): Locale {
  return isLocale(stored) ? stored : 'en';
}
