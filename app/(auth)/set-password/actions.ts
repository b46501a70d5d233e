'use server';

import { APIError } from 'better-auth/api';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getAuth, MIN_PASSWORD_LENGTH } from '@/lib/auth/auth';
import { invalid, parseFields, type FormState } from '@/lib/forms/form-state';

const schema = z
  .object({
    token: z
      .string()
      .regex(/^[\w-]{16,128}$/, 'This link is not complete. Open it again from the message you received.'),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(256, 'Use at most 256 characters.'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: 'The two passwords differ.', path: ['confirm'] });

/** Used by invitations and by password reset e-mails: both hand out a one-time token. */
export async function setPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  // Nothing is echoed: the token comes with the page, and passwords are never sent back.
  const parsed = parseFields(schema, (name) => formData.get(name), { secret: ['token', 'password', 'confirm'] });
  if (!parsed.ok) return invalid(parsed, parsed.fieldErrors.token ?? 'Please correct the fields below.');
  try {
    await getAuth().api.resetPassword({ body: { newPassword: parsed.input.password, token: parsed.input.token } });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return {
      status: 'refused',
      message: 'This link has expired or was used already. Ask the press office for a new one.',
    };
  }
  redirect('/sign-in?passwordSet=1');
}
