import 'server-only';
import { createHash } from 'node:crypto';
import { getDb } from '@/db';
import { createInterviewRequest } from '@/db/queries/interview-requests';
import { kickOutbox } from '@/db/ops/outbox-kick';
import { takeRateLimit } from '@/db/writes/rate-limit';
import { checkSubmission, HONEYPOT_FIELD } from '@/lib/requests/abuse';
import { interviewRequestSchema } from '@/lib/requests/interview-request';
import { fieldErrorsOf } from '@/lib/forms/form-state';
import { readRequestValues, type RequestFormState } from '@/lib/requests/form-state';
import { BUSY_MESSAGE, isDatabaseBusy } from '@/lib/http/unavailable';
import { config } from '@/lib/config';
import type { Locale } from '@/lib/i18n/locales';
import { syncTranslatorFor } from '@/lib/i18n/sync-translator';

const TEN_MINUTES = 10 * 60_000;

export type SubmitOutcome =
  | { status: 'sent'; token: string }
  /**
   * `httpStatus`: 422 for a field to fix, 429 over the limit, 400 for the robot check, 503 when the database was busy
   */
  | { status: 'not-sent'; state: Exclude<RequestFormState, { status: 'idle' }>; httpStatus: 400 | 422 | 429 | 503 };

/**
 * One interview request, as the form posted it: every field validated, the robot check, the
 * rate limit, then the request and its e-mails stored in one transaction. Nothing is thrown for
 * bad input; the refused state carries everything that was typed.
 */
export async function submitInterviewRequest(
  form: FormData,
  clientAddress: string,
  /** The language of the page the form was on (the URL it posted to): messages, e-mails and status page */
  locale: Locale = 'en',
): Promise<SubmitOutcome> {
  const t = syncTranslatorFor(locale);
  const values = readRequestValues((name) => form.get(name));
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const parsed = interviewRequestSchema({ timeZone: values.timeZone, locale }).safeParse({ ...values, locale });
  if (!parsed.success) {
    return {
      status: 'not-sent',
      state: { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error), values },
      httpStatus: 422,
    };
  }
  // The robot check comes after the fields: a person who pasted or autofilled quickly and mistyped an address sees
  // what to fix first, and nothing is stored either way. A robot gains nothing from learning that a field is wrong.
  const verdict = checkSubmission(
    { honeypot: text(HONEYPOT_FIELD), fillMs: text('fillMs'), renderedAt: text('renderedAt') },
    { minFillMs: config().REQUEST_MIN_FILL_MS, locale },
  );
  if (!verdict.ok)
    return { status: 'not-sent', state: { status: 'refused', message: verdict.message, values }, httpStatus: 400 };
  // Only requests that would be stored count toward the limit: fixing typos costs nothing.
  const key = `interview-request:${createHash('sha256').update(clientAddress).digest('hex').slice(0, 32)}`;
  const limit = config().REQUEST_RATE_LIMIT;
  let created: Awaited<ReturnType<typeof createInterviewRequest>>;
  try {
    const allowed = takeRateLimit(getDb(), key, limit, TEN_MINUTES);
    if (!allowed.allowed) {
      const minutes = Math.max(1, Math.ceil(allowed.retryAfterMs / 60_000));
      const message = t('RequestErrors.rateLimited', { limit, minutes });
      return { status: 'not-sent', state: { status: 'refused', message, values }, httpStatus: 429 };
    }
    created = await createInterviewRequest(parsed.data);
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    // A busy database rolls the transaction back, so nothing was stored: say so and keep the text.
    const message = locale === 'en' ? BUSY_MESSAGE : t('RequestErrors.busy');
    return { status: 'not-sent', state: { status: 'refused', message, values }, httpStatus: 503 };
  }
  if (!created.ok)
    return {
      status: 'not-sent',
      state: { status: 'invalid', fieldErrors: { [created.field]: created.message }, values },
      httpStatus: 422,
    };

  kickOutbox();
  return { status: 'sent', token: created.token };
}
