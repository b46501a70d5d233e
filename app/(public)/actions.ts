'use server';

import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { createInterviewRequest } from '@/db/queries/interview-requests';
import { takeRateLimit } from '@/db/rate-limit';
import { checkSubmission, HONEYPOT_FIELD } from '@/lib/abuse';
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';
import { interviewRequestSchema } from '@/lib/interview-request';
import { BUSY_MESSAGE, flagResponse, isDatabaseBusy, REQUEST_ID_HEADER } from '@/lib/unavailable';

const FIELDS = [
  'target', 'targetId', 'releaseId', 'journalistName', 'outlet', 'email', 'phone', 'deadlineAt', 'timeZone',
  'topic', 'questions', 'format', 'language', 'onRecord', 'wishedInterviewee',
] as const;
export type RequestField = (typeof FIELDS)[number];

export type RequestFormState =
  | { status: 'idle' }
  | { status: 'invalid'; fieldErrors: Partial<Record<RequestField, string>>; values: Partial<Record<RequestField, string>> }
  | { status: 'refused'; message: string; values: Partial<Record<RequestField, string>> };

const TEN_MINUTES = 10 * 60_000;

function readValues(formData: FormData) {
  const values: Partial<Record<RequestField, string>> = {};
  for (const field of FIELDS) {
    const v = formData.get(field);
    if (typeof v === 'string') values[field] = v.slice(0, 5_000);
  }
  return values;
}

function field(formData: FormData, name: string) {
  const v = formData.get(name);
  return typeof v === 'string' ? v : '';
}

export async function submitInterviewRequest(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  // The arguments are whatever the client encoded: a forged request can pass anything here.
  if (!(formData instanceof FormData)) return { status: 'refused', message: 'This form could not be read. Reload the page and try again.', values: {} };
  const values = readValues(formData);
  const verdict = checkSubmission(
    { honeypot: field(formData, HONEYPOT_FIELD), fillMs: field(formData, 'fillMs'), renderedAt: field(formData, 'renderedAt') },
    { minFillMs: Number(process.env.REQUEST_MIN_FILL_MS ?? 3_000) },
  );
  if (!verdict.ok) return { status: 'refused', message: verdict.message, values };

  const parsed = interviewRequestSchema({ timeZone: values.timeZone }).safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<RequestField, string>> = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] as RequestField;
      fieldErrors[name] ??= issue.message;
    }
    return { status: 'invalid', fieldErrors, values };
  }
  // Only requests that would be stored count toward the limit: fixing typos costs nothing.
  const requestHeaders = await headers();
  const client = requestHeaders.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
  const key = `interview-request:${createHash('sha256').update(client).digest('hex').slice(0, 32)}`;
  const limit = Number(process.env.REQUEST_RATE_LIMIT ?? 10);
  let created: Awaited<ReturnType<typeof createInterviewRequest>>;
  try {
    const allowed = takeRateLimit(getDb(), key, limit, TEN_MINUTES);
    if (!allowed.allowed) {
      const minutes = Math.max(1, Math.ceil(allowed.retryAfterMs / 60_000));
      return {
        status: 'refused',
        message: `You have sent ${limit} requests in the last ten minutes, which is our limit. Your text is still here: send it again in ${minutes} minute${minutes === 1 ? '' : 's'}, or call the press desk if it is urgent.`,
        values,
      };
    }
    created = await createInterviewRequest(parsed.data);
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    // A busy database rolls the transaction back, so nothing was stored: say so, keep the text, answer 503.
    flagResponse(requestHeaders.get(REQUEST_ID_HEADER), 503);
    return { status: 'refused', message: BUSY_MESSAGE, values };
  }
  if (!created.ok) return { status: 'invalid', fieldErrors: { [created.field]: created.message }, values };

  (globalThis as { __presslineOutbox?: { kick: () => void } }).__presslineOutbox?.kick();
  redirect(`/request-status/${created.token}?sent=1`);
}
