import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/sign-in-form';
import { safeReturnPath } from '@/lib/auth/rules';
import { currentActor } from '@/lib/auth/staff-session';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string; signedOut?: string; passwordSet?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeReturnPath(params.next);
  if (await currentActor()) redirect(next);
  return (
    <>
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-1 text-stone-800">For press officers and the press office. Journalists need no account.</p>
      {params.signedOut && (
        <p role="status" className="mt-3 rounded-lg bg-green-50 p-3">
          You are signed out.
        </p>
      )}
      {params.passwordSet && (
        <p role="status" className="mt-3 rounded-lg bg-green-50 p-3">
          Your password is set. Sign in with it now.
        </p>
      )}
      <SignInForm next={next} />
      <p className="mt-6">
        <Link href="/forgot-password" className="inline-flex min-h-11 items-center text-blue-800 underline">
          Forgot your password?
        </Link>
      </p>
    </>
  );
}
