'use client';

import { useActionState, useRef } from 'react';
import { approveContactAction, type AdminFormState } from '@/app/(staff)/staff/contacts/actions';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';

export function ApproveContactForm({ contactId }: { contactId: number }) {
  const [state, action] = useActionState<AdminFormState, FormData>(approveContactAction, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
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
