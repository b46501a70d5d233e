import type { z } from 'zod';
import type { Actor, Role } from '../auth/rules';
import { invalid, parseFields, type FormState, type Parsed } from './form-state';

/** What an action's body ends with: a state to show on the form, or a page to go to. */
export type ActionOutcome = FormState | { redirect: string };

export type StaffActionSpec<T extends z.ZodObject, I> = {
  /** Who may post it at all */
  role: Role | 'staff';
  /** Said when the actor may not act (wrong role, or not this row), or the row's id is forged */
  refused: string;
  /** The hidden fields that name the row (ids); they come from the client, so they are parsed too */
  target: T;
  /** Said when `target` does not parse (a forged or stale id); `refused` when not given */
  notFound?: string;
  /** The right to touch this row, asked with what `target` parsed to */
  canTouch?: (actor: Actor, target: z.output<T>) => boolean;
  /** The visible fields: a zod object, or a parser that needs the actor and the row */
  input?:
    | (z.ZodObject & z.ZodType<I>)
    | ((read: (name: string) => string, ctx: { actor: Actor; target: z.output<T> }) => Parsed<I>);
  /** Fields parsed but never echoed back */
  secret?: readonly string[];
  /** Said above the marked fields */
  invalidMessage?: string;
  /** The write: gets the audit actor, the row and the parsed input; invalidates, then says where to go */
  run: (args: {
    actor: Actor;
    target: z.output<T>;
    input: I;
    formData: FormData;
  }) => ActionOutcome | Promise<ActionOutcome>;
};

export const SIGNED_OUT = 'Your session has ended. Sign in again; nothing was saved.';
export const CORRECT_FIELDS = 'Nothing was saved yet. Please correct the marked fields.';

/**
 * Session → role → row → input → write, in that order, for every staff Server Action. The actor is
 * given (read from the session by staff-action.ts), so this part runs in unit tests without Next.
 */
export async function runStaffAction<T extends z.ZodObject, I>(
  actor: Actor | null,
  spec: StaffActionSpec<T, I>,
  formData: FormData,
): Promise<ActionOutcome> {
  if (!actor) return { status: 'refused', message: SIGNED_OUT };
  const refused: FormState = { status: 'refused', message: spec.refused };
  if (spec.role !== 'staff' && actor.role !== spec.role) return refused;
  const read = (name: string) => formData.get(name);
  const target = parseFields(spec.target, read);
  if (!target.ok) return { status: 'refused', message: spec.notFound ?? spec.refused };
  if (spec.canTouch && !spec.canTouch(actor, target.input)) return refused;
  const readString = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  const parsed: Parsed<unknown> =
    spec.input === undefined
      ? { ok: true, input: undefined }
      : typeof spec.input === 'function'
        ? spec.input(readString, { actor, target: target.input })
        : parseFields(spec.input, read, { secret: spec.secret });
  if (!parsed.ok) return invalid(parsed, spec.invalidMessage ?? CORRECT_FIELDS);
  return spec.run({ actor, target: target.input, input: parsed.input as I, formData });
}
