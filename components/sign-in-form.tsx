'use client';

import { useActionState, useRef } from 'react';
import { signIn, type SignInState } from '@/app/(auth)/sign-in/actions';
import { TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState<SignInState, FormData>(signIn, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form ref={formRef} action={action} className="mt-4 flex max-w-sm flex-col gap-4" noValidate>
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="next" value={next} />
      <TextField
        name="email"
        label="E-mail"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.status === 'invalid' ? state.values.email : ''}
        error={errors.email}
      />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={errors.password} />
      <div>
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}
