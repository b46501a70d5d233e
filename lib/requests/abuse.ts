/** Checks that stop form robots without bothering people. Framework-free so they can be unit-tested. */
import type { Locale } from '../i18n/locales';
import { syncTranslatorFor } from '../i18n/sync-translator';

export const HONEYPOT_FIELD = 'website';

export type AbuseVerdict = { ok: true } | { ok: false; reason: 'honeypot' | 'too-fast'; message: string };

/**
 * `fillMs` is measured in the browser when JavaScript runs; without it we only know when
 * the server rendered the page (`renderedAt`), which on a cached page is long ago — a weaker
 * check, accepted so the form keeps working without JavaScript.
 */
export function checkSubmission(
  fields: { honeypot: string; fillMs: string; renderedAt: string },
  { now = Date.now(), minFillMs = 3_000, locale = 'en' as Locale } = {},
): AbuseVerdict {
  const t = syncTranslatorFor(locale);
  if (fields.honeypot.trim() !== '') {
    return {
      ok: false,
      reason: 'honeypot',
      message: t('RequestErrors.honeypot'),
    };
  }
  const measured = /^\d{1,9}$/.test(fields.fillMs)
    ? Number(fields.fillMs)
    : /^\d{10,16}$/.test(fields.renderedAt)
      ? now - Number(fields.renderedAt)
      : null;
  if (measured !== null && measured < minFillMs) {
    return {
      ok: false,
      reason: 'too-fast',
      message: t('RequestErrors.tooFast'),
    };
  }
  return { ok: true };
}
