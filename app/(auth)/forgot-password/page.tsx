import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/forgot-password-form';

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="mt-1 text-stone-800">We e-mail you a link to choose a new one.</p>
      <ForgotPasswordForm />
      <p className="mt-6">
        <Link href="/sign-in" className="inline-flex min-h-11 items-center text-blue-800 underline">
          Back to sign-in
        </Link>
      </p>
    </>
  );
}
