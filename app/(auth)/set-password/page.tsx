import type { Metadata } from 'next';
import { SetPasswordForm } from '@/components/set-password-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/auth';

export const metadata: Metadata = { title: 'Choose a password', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ token?: string }> };

export default async function SetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Choose a password</h1>
      <p className="mt-1 text-stone-800">
        This link works once. After saving, sign in with your e-mail address and the new password.
      </p>
      <SetPasswordForm token={typeof token === 'string' ? token : ''} minLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
