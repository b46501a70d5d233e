'use client';

import { addNote, assignToColleague, moveRequest } from '@/app/(staff)/requests/actions';
import { SelectField, TextArea } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';
import { useFormAction, type FormAction } from './forms/use-form-action';

const LABELS: Record<string, string> = {
  acknowledged: 'Acknowledge',
  scheduled: 'Mark as scheduled',
  done: 'Mark as done',
  declined: 'Decline',
};

function useForm(action: FormAction) {
  const { state, action: run, formRef: ref, errors: e, values: v } = useFormAction(action);
  return { state, run, ref, e, v };
}

/** One button per allowed next step; the message goes to the journalist with the e-mail. */
export function StatusForm({ requestId, next }: { requestId: number; next: string[] }) {
  const { state, run, ref, e, v } = useForm(moveRequest);
  if (next.length === 0) return <p>This request is closed.</p>;
  return (
    <form ref={ref} action={run} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} formRef={ref} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea
        name="message"
        label="Message to the journalist (optional)"
        hint="Shown on their status page and in the e-mail."
        rows={3}
        defaultValue={v.message}
        error={e.message}
      />
      <div className="flex flex-wrap gap-2">
        {next.map((s) => (
          <SubmitButton key={s} name="status" value={s} variant={s === 'declined' ? 'secondary' : 'primary'}>
            {LABELS[s] ?? s}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}

export function AssignForm({
  requestId,
  colleagues,
  current,
}: {
  requestId: number;
  colleagues: { id: number; name: string }[];
  current: number | null;
}) {
  const { state, run, ref, e, v } = useForm(assignToColleague);
  return (
    <form ref={ref} action={run} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} formRef={ref} />
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField
        name="contactId"
        label="Colleague"
        options={[['', 'Choose…'], ...colleagues.map((c): [string, string] => [String(c.id), c.name])]}
        defaultValue={v.contactId ?? (current ? String(current) : '')}
        error={e.contactId}
      />
      <div>
        <SubmitButton variant="secondary">Assign</SubmitButton>
      </div>
    </form>
  );
}

export function NoteForm({ requestId }: { requestId: number }) {
  const { state, run, ref, e, v } = useForm(addNote);
  return (
    <form ref={ref} action={run} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} formRef={ref} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextArea
        name="note"
        label="Internal note"
        hint="Only staff see notes."
        rows={3}
        defaultValue={v.note}
        error={e.note}
      />
      <div>
        <SubmitButton variant="secondary">Add note</SubmitButton>
      </div>
    </form>
  );
}
