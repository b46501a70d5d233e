'use client';

import { useActionState, useRef } from 'react';
import { createContact, type AdminFormState } from '@/app/(staff)/staff/contacts/actions';
import { SelectField, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';

export function NewContactForm({ cities }: { cities: { id: number; name: string }[] }) {
  const [state, action] = useActionState<AdminFormState, FormData>(createContact, { status: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.status === 'invalid' ? state.values : {};
  const e = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form ref={formRef} action={action} noValidate className="flex max-w-xl flex-col gap-4">
      <FormMessage state={state} formRef={formRef} />
      <TextField name="fullName" label="Full name" defaultValue={values.fullName} error={e.fullName} required />
      <TextField name="organisation" label="Organisation" hint="Delegates are chosen among the same organisation." defaultValue={values.organisation} error={e.organisation} required />
      <TextField name="role" label="Role" defaultValue={values.role} error={e.role} />
      <SelectField name="cityId" label="City" options={cities.map((c) => [String(c.id), c.name])} defaultValue={values.cityId} error={e.cityId} />
      <div>
        <SubmitButton pendingText="Adding…">Add contact</SubmitButton>
      </div>
    </form>
  );
}
