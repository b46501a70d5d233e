'use client';

import { signIn } from '@/app/(auth)/sign-in/actions';
import { AccountEmailField, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

export function SignInForm({ next }: { next: string }) {
  const { state, action, formRef, errors, values } = useFormAction(signIn);
  return (
    <form ref={formRef} action={action} className="mt-4 flex max-w-sm flex-col gap-4" noValidate>
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="next" value={next} />
      <AccountEmailField defaultValue={values.email} error={errors.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <div>
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}
