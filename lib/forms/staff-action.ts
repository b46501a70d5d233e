import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { currentActor } from '../auth/staff-session';
import type { FormState } from './form-state';
import { runStaffAction, type StaffActionSpec } from './run-action';

/**
 * The one way to write a staff Server Action: `export const saveCity = staffAction({ … })` gives
 * `(prev, formData) => Promise<FormState>`. The session is read on every post; the redirect
 * happens here, after the write and its invalidation, outside any try block.
 */
export function staffAction<T extends z.ZodObject, I = undefined>(spec: StaffActionSpec<T, I>) {
  return async function action(_prev: FormState, formData: FormData): Promise<FormState> {
    const outcome = await runStaffAction(await currentActor(), spec, formData);
    if ('redirect' in outcome) redirect(outcome.redirect);
    return outcome;
  };
}
