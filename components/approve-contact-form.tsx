'use client';

import { approveContactAction } from '@/app/(staff)/staff/contacts/actions';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

export function ApproveContactForm({ contactId }: { contactId: number }) {
  const { state, action, formRef } = useFormAction(approveContactAction);
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-2">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="contactId" value={contactId} />
      <div>
        <SubmitButton pendingText="Adding…">Add to the directory</SubmitButton>
      </div>
    </form>
  );
}
