'use client';

import { scheduleRequest } from '@/app/(staff)/requests/actions';
import { FORMAT_LABELS } from '@/lib/requests/fields';
import { SelectField, TextArea, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';
import { useFormAction } from './forms/use-form-action';

export type ScheduleDefaults = {
  date: string;
  time: string;
  timeZone: string;
  minutes: string;
  format: string;
  location: string;
};

/**
 * When and how the interview happens. Sends the journalist and the officer a calendar invitation;
 * on a scheduled request it moves the interview and sends the update.
 */
export function InterviewScheduleForm({
  requestId,
  defaults,
  moving,
}: {
  requestId: number;
  defaults: ScheduleDefaults;
  moving: boolean;
}) {
  const { state, action, formRef, errors: e, values } = useFormAction(scheduleRequest, defaults);
  const v = { ...defaults, ...values };
  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="requestId" value={requestId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="date" label="Date" type="date" required defaultValue={v.date} error={e.date} />
        <TextField name="time" label="Time" type="time" required defaultValue={v.time} error={e.time} />
        <TextField
          name="timeZone"
          label="Time zone"
          hint="As in Europe/Moscow"
          required
          autoComplete="off"
          defaultValue={v.timeZone}
          error={e.timeZone}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          name="minutes"
          label="Length in minutes"
          type="number"
          inputMode="numeric"
          min={5}
          max={480}
          step={5}
          required
          defaultValue={v.minutes}
          error={e.minutes}
        />
        <SelectField
          name="format"
          label="Format"
          options={Object.entries(FORMAT_LABELS)}
          defaultValue={v.format}
          error={e.format}
        />
        <TextField
          name="location"
          label="Where or how"
          hint="Phone number, video link, place, or e-mail for written answers"
          required
          defaultValue={v.location}
          error={e.location}
        />
      </div>
      <TextArea
        name="invitationMessage"
        label="Message to the journalist with the invitation (optional)"
        rows={2}
        defaultValue={values.invitationMessage}
        error={e.invitationMessage}
      />
      <div>
        <SubmitButton>{moving ? 'Move the interview' : 'Schedule and send invitations'}</SubmitButton>
      </div>
    </form>
  );
}
