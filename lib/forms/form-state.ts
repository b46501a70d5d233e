import type { z } from 'zod';

/** A field's message, keyed by the input's name (`phones.0.number` for rows). */
export type FieldErrors<F extends string = string> = string extends F
  ? Record<string, string>
  : Partial<Record<F, string>>;
/** What the person typed, keyed by input name, to show back after an error (never a password). */
export type FormValues<F extends string = string> = string extends F
  ? Record<string, string>
  : Partial<Record<F, string>>;

/**
 * What every form is told back by its action. `invalid` marks fields and keeps what was typed;
 * `refused` is a whole-form no (not yours, not signed in, gone meanwhile); `done` is a success that
 * stays on the page (most successes redirect instead).
 */
export type FormState<F extends string = string> =
  | { status: 'idle' }
  | { status: 'invalid'; fieldErrors: FieldErrors<F>; values: FormValues<F>; message?: string }
  | { status: 'refused'; message: string; values?: FormValues<F> }
  | { status: 'done'; message: string; link?: string };

export const IDLE: FormState = { status: 'idle' };

/** The first message zod gives for each field; `key` names the input an issue belongs to. */
export function fieldErrorsOf(error: z.ZodError, key = (path: PropertyKey[]) => String(path[0] ?? '')): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) fieldErrors[key(issue.path)] ??= issue.message;
  return fieldErrors;
}

/** Parsed input, or the field errors and what was typed, in the one shape every form reads. */
export type Parsed<I> = { ok: true; input: I } | { ok: false; fieldErrors: FieldErrors; values: FormValues };

/** Each of `names` as typed; a missing field reads as '' (a File as '' too). */
export function readFields(read: (name: string) => unknown, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, readText(read(name))]));
}

export function readText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Reads the schema's fields from a form and parses them. `secret` fields (passwords) are parsed
 * but never echoed back.
 */
export function parseFields<S extends z.ZodObject>(
  schema: S,
  read: (name: string) => unknown,
  options: { secret?: readonly string[] } = {},
): Parsed<z.output<S>> {
  const raw = readFields(read, Object.keys(schema.shape));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const values = Object.fromEntries(Object.entries(raw).filter(([name]) => !options.secret?.includes(name)));
  return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
}

/** The `invalid` state for a failed parse. */
export function invalid(parsed: { fieldErrors: FieldErrors; values: FormValues }, message?: string): FormState {
  return { status: 'invalid', fieldErrors: parsed.fieldErrors, values: parsed.values, ...(message ? { message } : {}) };
}
