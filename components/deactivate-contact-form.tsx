'use client';

import { deactivateContactAction } from '@/app/(staff)/staff/contacts/actions';
import { SelectField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

export function DeactivateContactForm({
  contactId,
  successors,
}: {
  contactId: number;
  successors: { id: number; name: string }[];
}) {
  const { state, action, formRef, values, errors } = useFormAction(deactivateContactAction);
  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="contactId" value={contactId} />
      <SelectField
        name="successorId"
        label="Successor, who takes their calls"
        options={[['', 'Choose…'], ...successors.map((s): [string, string] => [String(s.id), s.name])]}
        defaultValue={values.successorId}
        error={errors.successorId}
      />
      <div>
        <SubmitButton variant="secondary" pendingText="Deactivating…">
          Deactivate contact
        </SubmitButton>
      </div>
    </form>
  );
}
