import type { FormState, FormValues } from '../forms/form-state';

/**
 * What the interview request form sends and what it is told back, shared by the form (a client
 * component), the route that receives it and the page that shows a refused no-JS submission again.
 */
export const REQUEST_FIELDS = [
  'target',
  'targetId',
  'releaseId',
  'journalistName',
  'outlet',
  'email',
  'phone',
  'deadlineAt',
  'timeZone',
  'topic',
  'questions',
  'format',
  'language',
  'onRecord',
  'wishedInterviewee',
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];
export type RequestValues = FormValues<RequestField>;

/**
 * The shared form state (lib/forms/form-state.ts) for the request form's fields. It is never `done`
 * (a sent request goes to its status page), and a refusal always gives the text back.
 */
export type RequestFormState =
  | Exclude<FormState<RequestField>, { status: 'done' | 'refused' }>
  | (Extract<FormState<RequestField>, { status: 'refused' }> & { values: RequestValues });

/** What the route answers a form sent by script (`Accept: application/json`). */
export type RequestAnswer = { status: 'sent'; location: string } | Exclude<RequestFormState, { status: 'idle' }>;

/** What the journalist typed, labelled, for pages that show it back without the form to copy from. */
export const TYPED_FIELDS = [
  ['journalistName', 'Your name'],
  ['outlet', 'Outlet'],
  ['email', 'E-mail'],
  ['phone', 'Phone'],
  ['deadlineAt', 'Deadline'],
  ['timeZone', 'Time zone'],
  ['topic', 'Topic'],
  ['questions', 'Your questions'],
  ['wishedInterviewee', 'Who you would like to interview'],
] as const satisfies readonly (readonly [RequestField, string])[];

/** Where the form posts, with or without JavaScript. */
export const REQUEST_ENDPOINT = '/interview-requests';

/** The most any one field keeps: the longest limit (questions) with room to say it is too long. */
const FIELD_CAP = 5_000;

/** The form's own fields, as typed (capped); anything else in the body is ignored. */
export function readRequestValues(get: (name: string) => unknown): RequestValues {
  const values: RequestValues = {};
  for (const field of REQUEST_FIELDS) {
    const v = get(field);
    if (typeof v === 'string') values[field] = v.slice(0, FIELD_CAP);
  }
  return values;
}

const TARGETS = new Set(['contact', 'city', 'release']);

/** The page a refused request is about, read back from what was posted; null when it is not one. */
export function requestTargetOf(
  values: RequestValues,
): { target: 'contact' | 'city' | 'release'; targetId: number } | null {
  const targetId = Number(values.targetId);
  if (!values.target || !TARGETS.has(values.target) || !Number.isSafeInteger(targetId) || targetId <= 0) return null;
  return { target: values.target as 'contact' | 'city' | 'release', targetId };
}
