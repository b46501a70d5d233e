'use server';

import { APIError } from 'better-auth/api';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getAuth, MIN_PASSWORD_LENGTH } from '@/lib/auth/auth';

export type SetPasswordState = { status: 'idle' } | { status: 'invalid'; message: string; fieldErrors: Record<string, string> };

const schema = z
  .object({
    token: z.string().regex(/^[\w-]{16,128}$/, 'This link is not complete. Open it again from the message you received.'),
    password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(256, 'Use at most 256 characters.'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: 'The two passwords differ.', path: ['confirm'] });

/** Used by invitations and by password reset e-mails: both hand out a one-time token. */
export async function setPassword(_prev: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const parsed = schema.safeParse({ token: formData.get('token') ?? '', password: formData.get('password') ?? '', confirm: formData.get('confirm') ?? '' });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: 'invalid', message: fieldErrors.token ?? 'Please correct the fields below.', fieldErrors };
  }
  try {
    await getAuth().api.resetPassword({ body: { newPassword: parsed.data.password, token: parsed.data.token } });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { status: 'invalid', message: 'This link has expired or was used already. Ask the press office for a new one.', fieldErrors: {} };
  }
  redirect('/sign-in?passwordSet=1');
}
