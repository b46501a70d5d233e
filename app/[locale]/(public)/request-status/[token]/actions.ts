'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { getRequestStatus } from '@/db/queries/interview-requests';
import { applyJournalistChange, type JournalistChangeResult } from '@/db/writes/journalist-changes';
import { fieldErrorsOf, readFields, type FormState } from '@/lib/forms/form-state';
import { STATUS_LABELS } from '@/lib/requests/emails';
import { cancelSchema, correctionSchema, token as tokenSchema } from '@/lib/requests/journalist-change';

// Public endpoints: the token in the form is the only authority, checked against its stored hash in the write.
const GONE = 'This link does not open a request. Check that you copied the whole address from your e-mail.';

function refusal(result: Exclude<JournalistChangeResult, { ok: true }>, values?: Record<string, string>): FormState {
  return result.reason === 'unknown'
    ? { status: 'refused', message: GONE, values }
    : {
        status: 'refused',
        message: `This request can no longer be changed here: it is now “${STATUS_LABELS[result.status]}”. Reply to the press office’s e-mail or call them instead.`,
        values,
      };
}

export async function cancelRequest(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = readFields((n) => formData.get(n), ['token', 'reason']);
  const parsed = cancelSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (fieldErrors.token) return { status: 'refused', message: GONE };
    return { status: 'invalid', fieldErrors, values };
  }
  const { token, reason } = parsed.data;
  const result = applyJournalistChange(getDb(), token, () => ({ kind: 'cancelled', reason }));
  if (!result.ok) return refusal(result, values);
  redirect(`/request-status/${token}?changed=cancelled`);
}

export async function correctRequest(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = readFields((n) => formData.get(n), ['token', 'deadlineAt', 'questions']);
  const token = tokenSchema.safeParse(values.token);
  const found = token.success ? await getRequestStatus(token.data) : null;
  if (!found) return { status: 'refused', message: GONE };
  const now = new Date();
  const parsed = correctionSchema(found.request.deadlineTimeZone, now).safeParse(values);
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
  if (!result.ok) return refusal(result, values);
  redirect(`/request-status/${input.token}?changed=${result.changed ? 'corrected' : 'none'}`);
}
