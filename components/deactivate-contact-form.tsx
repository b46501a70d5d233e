'use client';

import { useActionState, useRef } from 'react';
import { deactivateContactAction, type AdminFormState } from '@/app/(staff)/staff/contacts/actions';
import { SelectField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';

export function DeactivateContactForm({ contactId, successors }: { contactId: number; successors: { id: number; name: string }[] }) {
  const [state, action] = useActionState<AdminFormState, FormData>(deactivateContactAction, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="contactId" value={contactId} />
      <SelectField
        name="successorId"
        label="Successor, who takes their calls"
        options={[['', 'Choose…'], ...successors.map((s): [string, string] => [String(s.id), s.name])]}
        defaultValue={state.status === 'invalid' ? state.values.successorId : ''}
        error={state.status === 'invalid' ? state.fieldErrors.successorId : undefined}
      />
      <div>
        <SubmitButton variant="secondary" pendingText="Deactivating…">
          Deactivate contact
        </SubmitButton>
      </div>
    </form>
  );
}
