'use client';

import { createContact } from '@/app/(staff)/staff/contacts/actions';
import { SelectField, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { useFormAction } from './forms/use-form-action';
import { SubmitButton } from './forms/submit-button';

export function NewContactForm({ cities }: { cities: { id: number; name: string }[] }) {
  const { state, action, formRef, values, errors: e } = useFormAction(createContact);
  return (
    <form ref={formRef} action={action} noValidate className="flex max-w-xl flex-col gap-4">
      <FormMessage state={state} formRef={formRef} />
      <TextField name="fullName" label="Full name" defaultValue={values.fullName} error={e.fullName} required />
      <TextField
        name="organisation"
        label="Organisation"
        hint="Delegates are chosen among the same organisation."
        defaultValue={values.organisation}
        error={e.organisation}
        required
      />
      <TextField name="role" label="Role" defaultValue={values.role} error={e.role} />
      <SelectField
        name="cityId"
        label="City"
        options={cities.map((c) => [String(c.id), c.name])}
        defaultValue={values.cityId}
        error={e.cityId}
      />
      <div>
        <SubmitButton pendingText="Adding…">Add contact</SubmitButton>
      </div>
    </form>
  );
}
