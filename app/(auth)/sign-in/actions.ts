'use server';

import { APIError } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { contacts, users } from '@/db/schema';
import { reserveSignInAttempt, settleSignInAttempt, type LimitKey } from '@/db/writes/sign-in-limit';
import { getAuth } from '@/lib/auth/auth';
import { invalid, parseFields, readText, type FormState } from '@/lib/forms/form-state';
import { safeReturnPath } from '@/lib/auth/rules';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { flagResponse, isDatabaseBusy, REQUEST_ID_HEADER, SIGN_IN_BUSY_MESSAGE } from '@/lib/http/unavailable';

const schema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your e-mail address.')
    .max(200)
    .pipe(z.email('Enter an e-mail address like name@example.org.')),
  password: z.string().min(1, 'Enter your password.').max(256),
});

const WRONG = 'That e-mail address and password do not match an account.';

export async function signIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseFields(schema, (name) => formData.get(name), { secret: ['password'] });
  if (!parsed.ok) return invalid(parsed, 'Please correct the fields below.');
  const email = readText(formData.get('email'));
  const requestHeaders = await headers();
  const db = getDb();
  const keys: [LimitKey, LimitKey] = [
    { kind: 'account', value: parsed.input.email },
    { kind: 'client', value: requestHeaders.get(CLIENT_ADDRESS_HEADER) ?? 'unknown' },
  ];
  // Another process holds the write lock: 503 with Retry-After (lib/server/server.ts), said plainly.
  const busy = (): FormState => {
    flagResponse(requestHeaders.get(REQUEST_ID_HEADER), 503);
    return { status: 'invalid', message: SIGN_IN_BUSY_MESSAGE, fieldErrors: {}, values: { email } };
  };
  // Counted before the password is checked, in one transaction: parallel tries cannot pass the limit.
  let wait: number;
  try {
    wait = reserveSignInAttempt(db, keys);
  } catch (error) {
    if (isDatabaseBusy(error)) return busy();
    throw error;
  }
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60_000);
    return {
      status: 'invalid',
      message: `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      fieldErrors: {},
      values: { email },
    };
  }
  // An officer whose contact was deactivated no longer signs in; said the same way as a wrong password.
  const account = db
    .select({ role: users.role, active: contacts.active })
    .from(users)
    .leftJoin(contacts, eq(contacts.id, users.contactId))
    .where(eq(users.email, parsed.input.email.toLowerCase()))
    .get();
  const auth = getAuth();
  let signedIn = false;
  if (!(account?.role === 'officer' && account.active === false)) {
    // Rotation: whatever session this browser had ends here; sign-in always makes a fresh one.
    if (await auth.api.getSession({ headers: requestHeaders })) await auth.api.signOut({ headers: requestHeaders });
    try {
      await auth.api.signInEmail({
        body: { email: parsed.input.email, password: parsed.input.password, rememberMe: true },
        headers: requestHeaders,
      });
      signedIn = true;
    } catch (error) {
      if (isDatabaseBusy(error)) return busy();
      if (!(error instanceof APIError)) throw error;
    }
  }
  if (!signedIn) return { status: 'invalid', message: WRONG, fieldErrors: {}, values: { email } };
  try {
    settleSignInAttempt(db, keys);
  } catch (error) {
    // Signed in all the same; the attempt just stays counted as a failure until its window ends.
    if (!isDatabaseBusy(error)) throw error;
  }
  redirect(safeReturnPath(formData.get('next')));
}
