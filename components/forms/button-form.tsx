'use client';

import type { ReactNode } from 'react';
import { FormMessage } from './form-message';
import { useFormAction, type FormAction } from './use-form-action';

type Props = { action: FormAction; hidden: Record<string, string | number>; children: ReactNode };

/** A form that is one button (confirm, approve, publish): the row's ids travel as hidden fields. */
export function ButtonForm({ action: post, hidden, children }: Props) {
  const { state, action, formRef } = useFormAction(post);
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-2">
      <FormMessage state={state} formRef={formRef} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>{children}</div>
    </form>
  );
}
