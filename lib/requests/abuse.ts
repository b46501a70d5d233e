/** Checks that stop form robots without bothering people. Framework-free so they can be unit-tested. */

export const HONEYPOT_FIELD = 'website';

export type AbuseVerdict = { ok: true } | { ok: false; reason: 'honeypot' | 'too-fast'; message: string };

/**
 * `fillMs` is measured in the browser when JavaScript runs; without it we only know when
 * the server rendered the page (`renderedAt`), which on a cached page is long ago — a weaker
 * check, accepted so the form keeps working without JavaScript.
 */
export function checkSubmission(
  fields: { honeypot: string; fillMs: string; renderedAt: string },
  { now = Date.now(), minFillMs = 3_000 } = {},
): AbuseVerdict {
  if (fields.honeypot.trim() !== '') {
    return {
      ok: false,
      reason: 'honeypot',
      message: 'This request looks automated, so it was not sent. If you are a person, please call the press desk.',
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
      message:
        'That was sent faster than anyone can type, so we held it back. Check your details and press Send again.',
    };
  }
  return { ok: true };
}
