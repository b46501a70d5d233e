'use client';

import { useActionState, useRef } from 'react';
import { IDLE, type FieldErrors, type FormState, type FormValues } from '@/lib/forms/form-state';

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * Every staff and sign-in form: the action's state, a ref for FormMessage's focus, and the values
 * and field errors to show (what was typed after a refusal, `initial` before).
 */
export function useFormAction(action: FormAction, initial: FormValues = {}) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const values: FormValues = state.status === 'invalid' ? state.values : initial;
  const errors: FieldErrors = state.status === 'invalid' ? state.fieldErrors : {};
  return { state, action: run, pending, formRef, values, errors };
}
