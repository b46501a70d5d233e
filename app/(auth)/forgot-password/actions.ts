'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db';
import { takeRateLimit } from '@/db/writes/rate-limit';
import { getAuth } from '@/lib/auth/auth';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { flagResponse, isDatabaseBusy, PASSWORD_RESET_BUSY_MESSAGE, REQUEST_ID_HEADER } from '@/lib/http/unavailable';

export type ForgotPasswordState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: Record<string, string>; values: { email: string } }
  | { status: 'done'; message: string };

const schema = z.object({ email: z.string().trim().max(200).pipe(z.email('Enter the e-mail address you sign in with.')) });
const HOUR = 60 * 60 * 1000;

/** Always the same answer, so the form does not tell who has an account. */
const SENT = 'If an account uses this address, a link to choose a new password is on its way. It works once, within an hour.';

export async function requestPasswordReset(_prev: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const email = String(formData.get('email') ?? '');
  const parsed = schema.safeParse({ email });
  if (!parsed.success) return { status: 'invalid', message: 'Please correct the marked field.', fieldErrors: { email: parsed.error.issues[0]!.message }, values: { email } };
  const db = getDb();
  const requestHeaders = await headers();
  const client = requestHeaders.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
  try {
    // Each reset sends an e-mail: a few per account and per address an hour is plenty. Each limit is
    // taken (checked and counted in one transaction) before the reset is asked for.
    const allowed = takeRateLimit(db, `reset:account:${parsed.data.email.toLowerCase()}`, 3, HOUR).allowed && takeRateLimit(db, `reset:client:${client}`, 10, HOUR).allowed;
    if (allowed) await getAuth().api.requestPasswordReset({ body: { email: parsed.data.email } });
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    // Another process holds the write lock: 503 with Retry-After (lib/server/server.ts), said plainly.
    flagResponse(requestHeaders.get(REQUEST_ID_HEADER), 503);
    return { status: 'invalid', message: PASSWORD_RESET_BUSY_MESSAGE, fieldErrors: {}, values: { email } };
  }
  return { status: 'done', message: SENT };
}
