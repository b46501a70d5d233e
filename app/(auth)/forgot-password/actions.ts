'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db';
import { takeRateLimit } from '@/db/writes/rate-limit';
import { getAuth } from '@/lib/auth/auth';
import { invalid, parseFields, type FormState } from '@/lib/forms/form-state';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';

const schema = z.object({ email: z.string().trim().max(200).pipe(z.email('Enter the e-mail address you sign in with.')) });
const HOUR = 60 * 60 * 1000;

/** Always the same answer, so the form does not tell who has an account. */
const SENT = 'If an account uses this address, a link to choose a new password is on its way. It works once, within an hour.';

export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseFields(schema, (name) => formData.get(name));
  if (!parsed.ok) return invalid(parsed, 'Please correct the marked field.');
  const db = getDb();
  const client = (await headers()).get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
  // Each reset sends an e-mail: a few per account and per address an hour is plenty.
  const allowed = takeRateLimit(db, `reset:account:${parsed.input.email.toLowerCase()}`, 3, HOUR).allowed && takeRateLimit(db, `reset:client:${client}`, 10, HOUR).allowed;
  if (allowed) await getAuth().api.requestPasswordReset({ body: { email: parsed.input.email } });
  return { status: 'done', message: SENT };
}
