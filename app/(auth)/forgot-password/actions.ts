'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db';
import { takeRateLimit } from '@/db/writes/rate-limit';
import { getAuth } from '@/lib/auth/auth';
import { invalid, parseFields, type FormState } from '@/lib/forms/form-state';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { flagResponse, isDatabaseBusy, PASSWORD_RESET_BUSY_MESSAGE, REQUEST_ID_HEADER } from '@/lib/http/unavailable';

const schema = z.object({
  email: z.string().trim().max(200).pipe(z.email('Enter the e-mail address you sign in with.')),
});
const HOUR = 60 * 60 * 1000;

/** Always the same answer, so the form does not tell who has an account. */
const SENT =
  'If an account uses this address, a link to choose a new password is on its way. It works once, within an hour.';

export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseFields(schema, (name) => formData.get(name));
  if (!parsed.ok) return invalid(parsed, 'Please correct the marked field.');
  const db = getDb();
  const requestHeaders = await headers();
  const client = requestHeaders.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
  try {
    // Each reset sends an e-mail: a few per account and per address an hour is plenty. Each limit is
    // taken (checked and counted in one transaction) before the reset is asked for.
    const allowed =
      takeRateLimit(db, `reset:account:${parsed.input.email.toLowerCase()}`, 3, HOUR).allowed &&
      takeRateLimit(db, `reset:client:${client}`, 10, HOUR).allowed;
    if (allowed) await getAuth().api.requestPasswordReset({ body: { email: parsed.input.email } });
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    // Another process holds the write lock: 503 with Retry-After (lib/server/server.ts), said plainly.
    flagResponse(requestHeaders.get(REQUEST_ID_HEADER), 503);
    return {
      status: 'invalid',
      message: PASSWORD_RESET_BUSY_MESSAGE,
      fieldErrors: {},
      values: { email: parsed.input.email },
    };
  }
  return { status: 'done', message: SENT };
}
