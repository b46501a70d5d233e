'use client';

import { requestPasswordReset } from '@/app/(auth)/forgot-password/actions';
import { AccountEmailField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

export function ForgotPasswordForm() {
  const { state, action, formRef, values, errors } = useFormAction(requestPasswordReset);
  return (
    <form ref={formRef} action={action} className="mt-4 flex max-w-sm flex-col gap-4" noValidate>
      <FormMessage state={state} formRef={formRef} />
      <AccountEmailField defaultValue={values.email} error={errors.email} />
      <div>
        <SubmitButton pendingText="Sending…">Send me a link</SubmitButton>
      </div>
    </form>
  );
}
