import { getDb } from '@/db';
import { deleteRequestDraft, saveRequestDraft } from '@/db/writes/request-drafts';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { REQUEST_ENDPOINT, requestTargetOf, type RequestAnswer } from '@/lib/requests/form-state';
import { resendPageHtml } from '@/lib/requests/resend-page';
import { BUSY_MESSAGE, isDatabaseBusy } from '@/lib/http/unavailable';
import { isLocale, localizedPath, type Locale } from '@/lib/i18n/locales';
import { syncTranslatorFor } from '@/lib/i18n/sync-translator';
// The server refuses a larger body that states its length; this route also caps one that does not.
import { BODY_LIMIT_BYTES } from '@/lib/server/refuse-malformed';
import { submitInterviewRequest } from './submit';

/**
 * The interview request form posts here, with or without JavaScript. A plain Route Handler
 * rather than a Server Action: Next's action pipeline cost more than storing the request.
 *
 * - With JavaScript the form asks for JSON and shows the answer in place.
 * - Without, a stored request is a 303 to its status page, and a refused one a 303 to a page that
 *   shows the form again with everything typed and a message beside each field to fix.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  // The language is the page's the form was on: it posts to /ru/interview-requests from a Russian page.
  const { locale: asked } = await params;
  if (!isLocale(asked)) return plain(404, 'Not found.');
  const locale: Locale = asked;
  const t = syncTranslatorFor(locale);
  const busy = locale === 'en' ? BUSY_MESSAGE : t('RequestErrors.busy');
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  if (!isSameSite(request)) return plain(403, t('RequestFix.forbidden'));
  const form = await readForm(request);
  if (form === 'too-large') return plain(413, t('RequestFix.tooLarge'));
  if (!form) return plain(400, t('RequestFix.unreadable'));

  const draft = typeof form.get('draft') === 'string' ? (form.get('draft') as string) : undefined;
  const outcome = await submitInterviewRequest(form, request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown', locale);
  const db = getDb();

  if (outcome.status === 'sent') {
    const location = `${localizedPath(locale, `/request-status/${outcome.token}`)}?sent=1`;
    if (draft) attempt(() => deleteRequestDraft(db, draft));
    return wantsJson ? json(200, { status: 'sent', location }) : seeOther(location);
  }
  if (wantsJson) return json(outcome.httpStatus, outcome.state);
  if (outcome.httpStatus === 503) return resend(form, busy, locale);

  // Without JavaScript the form comes back on a page of its own (in its language), by a link only this browser gets.
  const target = requestTargetOf(outcome.state.values);
  if (!target) return plain(400, t('RequestFix.lostTarget'));
  try {
    const token = saveRequestDraft(db, { ...target, state: outcome.state }, draft);
    return seeOther(localizedPath(locale, `${REQUEST_ENDPOINT}/fix/${token}`));
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    return resend(form, busy, locale);
  }
}

/** Too busy to keep even a draft: a page that sends the same fields again with one press. */
function resend(form: FormData, message: string, locale: Locale) {
  const fields = [...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'draft');
  const html = resendPageHtml({ message, action: localizedPath(locale, REQUEST_ENDPOINT), fields, locale });
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5', ...NO_STORE },
  });
}

/**
 * A form on another site must not send requests in a visitor's name. Browsers say where a post comes
 * from: `Sec-Fetch-Site` where they send it (it cannot be set by a page), else `Origin`.
 */
function isSameSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = request.headers.get('origin');
  if (!origin) return true; // not a browser, or a very old one: nothing to forge a visitor's post with
  try {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    return new URL(origin).host === host;
  } catch {
    return false; // "null" and other unreadable origins
  }
}

/** The body as a form, read up to the limit even when it does not state its length. */
async function readForm(request: Request): Promise<FormData | 'too-large' | null> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type) || !request.body) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > BODY_LIMIT_BYTES) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  try {
    return await new Response(Buffer.concat(chunks), { headers: { 'content-type': type } }).formData();
  } catch {
    return null;
  }
}

function attempt(job: () => void) {
  try {
    job();
  } catch (error) {
    console.error('Could not delete a sent request’s draft (it expires within the hour):', error);
  }
}

const NO_STORE = { 'cache-control': 'no-store' };

function seeOther(location: string) {
  return new Response(null, { status: 303, headers: { location, ...NO_STORE } });
}

/** A 503 (the database was locked) says when to try again, as the HTML answer does. */
function json(status: number, body: RequestAnswer) {
  return Response.json(body, { status, headers: status === 503 ? { ...NO_STORE, 'retry-after': '5' } : NO_STORE });
}

function plain(status: number, text: string) {
  return new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE } });
}
