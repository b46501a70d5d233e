'use client';

import { saveStaffTimeZone } from '@/app/(staff)/me/clock-actions';
import { SelectField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';
import { useFormAction } from './forms/use-form-action';

/** The zone the staff pages show times in: a zone chosen here, or (empty) the city's. */
export function StaffTimeZoneForm({
  zones,
  chosen,
  cityZone,
}: {
  zones: [string, string][];
  chosen: string | null;
  cityZone: string | null;
}) {
  const { state, action, formRef, errors, values } = useFormAction(saveStaffTimeZone, { timeZone: chosen ?? '' });
  return (
    <form ref={formRef} action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} formRef={formRef} />
      <SelectField
        name="timeZone"
        label="Show times in"
        options={[['', cityZone ? `My city’s zone (${cityZone.replace(/_/g, ' ')})` : 'UTC'], ...zones]}
        defaultValue={values.timeZone}
        error={errors.timeZone}
      />
      <div>
        <SubmitButton variant="secondary" pendingText="Saving…">
          Save time zone
        </SubmitButton>
      </div>
    </form>
  );
}
