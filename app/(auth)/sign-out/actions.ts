'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/auth/auth';

/** Ends the session in the database, not only the cookie. */
export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  const auth = getAuth();
  if (await auth.api.getSession({ headers: requestHeaders })) await auth.api.signOut({ headers: requestHeaders });
  redirect('/sign-in?signedOut=1');
}
