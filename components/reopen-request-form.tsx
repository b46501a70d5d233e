'use client';

import { reopen } from '@/app/(staff)/requests/actions';
import { TextArea } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';
import { useFormAction } from './forms/use-form-action';

/** A done or declined request opens again with a reason, which the journalist sees. */
export function ReopenRequestForm({ requestId }: { requestId: number }) {
  const { state, action, formRef, errors: e, values: v } = useFormAction(reopen);
  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea
        name="reason"
        label="Why reopen it"
        hint="Shown on the journalist's status page and in the e-mail."
        rows={2}
        defaultValue={v.reason}
        error={e.reason}
      />
      <div>
        <SubmitButton variant="secondary">Reopen</SubmitButton>
      </div>
    </form>
  );
}
