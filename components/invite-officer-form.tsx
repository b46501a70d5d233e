'use client';

import { inviteOfficer } from '@/app/(staff)/staff/contacts/actions';
import { TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

export function InviteOfficerForm({ contactId }: { contactId: number }) {
  const { state, action, formRef, values, errors } = useFormAction(inviteOfficer);
  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} formRef={formRef} />
      {state.status === 'done' && state.link && (
        <p className="break-all rounded bg-white p-2 font-mono text-sm" data-invite-link>
          {state.link}
        </p>
      )}
      <input type="hidden" name="contactId" value={contactId} />
      <TextField
        name="officerEmail"
        label="Officer’s e-mail"
        type="email"
        autoComplete="off"
        defaultValue={values.officerEmail}
        error={errors.officerEmail}
      />
      <div>
        <SubmitButton variant="secondary" pendingText="Inviting…">
          Invite officer
        </SubmitButton>
      </div>
    </form>
  );
}
