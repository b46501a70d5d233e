'use client';

import { confirmDetails } from '@/app/(staff)/me/actions';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

export function ConfirmDetailsForm({ contactId, returnTo }: { contactId: number; returnTo: string }) {
  const { state, action, formRef } = useFormAction(confirmDetails);
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-2">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="contactId" value={contactId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div>
        <SubmitButton variant="secondary" pendingText="Confirming…">
          Confirm my details are current
        </SubmitButton>
      </div>
    </form>
  );
}
