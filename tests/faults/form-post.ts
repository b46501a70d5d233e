/** Posts the interview request form the way a browser without JavaScript does. */

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&amp;': '&',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
const decode = (s: string) => s.replace(/&(?:quot|amp|#x27|#39|lt|gt);/g, (e) => ENTITIES[e] ?? e);

/** Where every interview request form posts (lib/requests/form-state.ts). */
export const REQUEST_PATH = '/interview-requests';

/** The request form's hidden inputs (target, targetId, renderedAt…) from a page's HTML. */
export function hiddenFields(html: string): [string, string][] {
  const form = new RegExp(`<form[^>]*action="${REQUEST_PATH}"[^>]*>([\\s\\S]*?)<\\/form>`).exec(html)?.[1];
  if (!form) throw new Error(`No form posting to ${REQUEST_PATH} on the page`);
  const fields: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name) fields.push([decode(name), decode(/value="([^"]*)"/.exec(tag)?.[1] ?? '')]);
  }
  return fields;
}

/** What a journalist types; each field can be overridden. */
export function journalistFields(email: string, overrides: Record<string, string> = {}): [string, string][] {
  const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const values: Record<string, string> = {
    journalistName: 'Load Reporter',
    outlet: 'Example Wire',
    email,
    phone: '',
    deadlineAt: `${deadline}T15:30`,
    timeZone: 'Europe/Zurich',
    topic: 'Heatwave response',
    questions: '',
    format: 'phone',
    language: 'en',
    onRecord: 'on-record',
    wishedInterviewee: '',
    website: '',
    ...overrides,
  };
  return Object.entries(values);
}

export function multipart(fields: [string, string][]): FormData {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  return body;
}

export type PostResult =
  | { status: number; location: string | null; retryAfter: string | null; body: string }
  | { status: 'network-error'; error: string };

export async function postForm(
  base: string,
  path: string,
  fields: [string, string][],
  headers: Record<string, string> = {},
): Promise<PostResult> {
  try {
    const res = await fetch(`${base}${path}`, { method: 'POST', body: multipart(fields), redirect: 'manual', headers });
    // The status line is what the browser acts on: a body cut short afterwards still counts as that answer.
    const body = await res.text().catch(() => '');
    return {
      status: res.status,
      location: res.headers.get('location'),
      retryAfter: res.headers.get('retry-after'),
      body,
    };
  } catch (error) {
    return { status: 'network-error', error: String(error) };
  }
}

/** Fetches `path`, fills its request form as `email` and posts it without JavaScript. */
export async function sendRequest(base: string, path: string, email: string, overrides: Record<string, string> = {}) {
  const html = await (await fetch(`${base}${path}`)).text();
  const hidden = hiddenFields(html).filter(([k]) => !(k in overrides) && k !== 'website');
  return postForm(base, REQUEST_PATH, [...hidden, ...journalistFields(email, overrides)]);
}
