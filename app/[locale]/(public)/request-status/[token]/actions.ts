'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { getRequestStatus } from '@/db/queries/interview-requests';
import { applyJournalistChange, type JournalistChangeResult } from '@/db/writes/journalist-changes';
import { fieldErrorsOf, readFields, type FormState } from '@/lib/forms/form-state';
import { localizedPath, type Locale } from '@/lib/i18n/locales';
import { syncTranslatorFor } from '@/lib/i18n/sync-translator';
import { cancelSchemaIn, correctionSchema, token as tokenSchema } from '@/lib/requests/journalist-change';
import { requestLocale } from '@/lib/requests/reader-text';

// Public endpoints: the token in the form is the only authority, checked against its stored hash in the write.
// Every message is in the language the request was written in, as its status page is.

function refusal(
  result: Exclude<JournalistChangeResult, { ok: true }>,
  locale: Locale,
  values?: Record<string, string>,
): FormState {
  const t = syncTranslatorFor(locale);
  return result.reason === 'unknown'
    ? { status: 'refused', message: t('RequestPage.gone'), values }
    : {
        status: 'refused',
        message: t('RequestPage.closed', { status: t(`RequestStatus.status.${result.status}`) }),
        values,
      };
}

/** The request the token opens, or null; a token of the wrong shape opens nothing. */
async function requestOf(token: unknown) {
  const parsed = tokenSchema.safeParse(token);
  return parsed.success ? await getRequestStatus(parsed.data) : null;
}

const statusPage = (locale: Locale, token: string, changed: string) =>
  `${localizedPath(locale, `/request-status/${token}`)}?changed=${changed}`;

export async function cancelRequest(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = readFields((n) => formData.get(n), ['token', 'reason']);
  const found = await requestOf(values.token);
  // A link that opens nothing has no request to take a language from: English, as before.
  if (!found) return { status: 'refused', message: syncTranslatorFor('en')('RequestPage.gone') };
  const locale = requestLocale(found.request.locale);
  const parsed = cancelSchemaIn(locale).safeParse(values);
  if (!parsed.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error), values };
  const { token, reason } = parsed.data;
  const result = applyJournalistChange(getDb(), token, () => ({ kind: 'cancelled', reason }));
  if (!result.ok) return refusal(result, locale, values);
  redirect(statusPage(locale, token, 'cancelled'));
}

export async function correctRequest(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = readFields((n) => formData.get(n), ['token', 'deadlineAt', 'questions']);
  const found = await requestOf(values.token);
  if (!found) return { status: 'refused', message: syncTranslatorFor('en')('RequestPage.gone') };
  const locale = requestLocale(found.request.locale);
  const now = new Date();
  const parsed = correctionSchema(found.request.deadlineTimeZone, now, locale).safeParse(values);
  if (!parsed.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error), values };
  const input = parsed.data;
  // Compared with the row inside the write's transaction, so a change made meanwhile is not undone.
  const result = applyJournalistChange(
    getDb(),
    input.token,
    (r) => {
      const deadline =
        r.deadlineAt.getTime() === input.deadlineAt.getTime() ? null : { from: r.deadlineAt, to: input.deadlineAt };
      const questions = r.questions === input.questions ? null : { from: r.questions, to: input.questions };
      return deadline || questions ? { kind: 'corrected', deadline, questions } : null;
    },
    now,
  );
  if (!result.ok) return refusal(result, locale, values);
  redirect(statusPage(locale, input.token, result.changed ? 'corrected' : 'none'));
}
