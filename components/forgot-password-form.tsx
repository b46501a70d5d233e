'use client';

import { useActionState, useRef } from 'react';
import { requestPasswordReset, type ForgotPasswordState } from '@/app/(auth)/forgot-password/actions';
import { TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';

export function ForgotPasswordForm() {
  const [state, action] = useActionState<ForgotPasswordState, FormData>(requestPasswordReset, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} className="mt-4 flex max-w-sm flex-col gap-4" noValidate>
      <FormMessage state={state} formRef={formRef} />
      <TextField
        name="email"
        label="E-mail"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.status === 'invalid' ? state.values.email : ''}
        error={state.status === 'invalid' ? state.fieldErrors.email : undefined}
      />
      <div>
        <SubmitButton pendingText="Sending…">Send me a link</SubmitButton>
      </div>
    </form>
  );
}
