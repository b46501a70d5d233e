import type { Element } from 'domhandler';
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { hasServerAction, readForm, withValues } from '../tests/support/html-form';

/**
 * Server Actions are public POST endpoints. This is what anyone can do with one: read a form's
 * hidden `$ACTION_…` fields from a page that shows it, change any field, and post it from
 * another session, without JavaScript, as a browser would.
 */
export async function readActionForm(
  context: APIRequestContext,
  path: string,
  pick: (form: Element) => boolean,
): Promise<[string, string][]> {
  const page = await context.get(path);
  expect(page.status(), `GET ${path} to read its form`).toBe(200);
  return readForm(await page.text(), (form) => hasServerAction(form) && pick(form)).fields;
}

export async function postActionForm(
  context: APIRequestContext,
  path: string,
  fields: [string, string][],
  values: Record<string, string>,
): Promise<APIResponse> {
  const body = new FormData();
  for (const [name, value] of withValues(fields, values)) body.append(name, value);
  return context.post(path, { multipart: body, maxRedirects: 0 });
}

/** Where a redirect points, as a path with its query. */
export function redirectTarget(response: APIResponse): string | null {
  const location = response.headers()['location'];
  if (response.status() < 300 || response.status() > 399 || !location) return null;
  const url = new URL(location, response.url());
  return url.pathname + url.search;
}
