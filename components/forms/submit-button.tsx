'use client';

import { useFormStatus } from 'react-dom';

export function SubmitButton({
  children,
  pendingText,
  variant = 'primary',
  name,
  value,
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: 'primary' | 'secondary';
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const look = variant === 'primary' ? 'bg-brand-800 text-white' : 'border-2 border-brand-800 bg-white text-brand-800';
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-12 rounded-lg px-5 font-semibold disabled:opacity-70 ${look}`}
    >
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
