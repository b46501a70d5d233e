'use client';

import { setPassword } from '@/app/(auth)/set-password/actions';
import { TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

export function SetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const { state, action, formRef, errors } = useFormAction(setPassword);
  return (
    <form ref={formRef} action={action} className="mt-4 flex max-w-sm flex-col gap-4" noValidate>
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        hint={`At least ${minLength} characters.`}
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <TextField
        name="confirm"
        label="The same password again"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm}
      />
      <div>
        <SubmitButton pendingText="Saving…">Set my password</SubmitButton>
      </div>
    </form>
  );
}
