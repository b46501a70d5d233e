import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { splitLocale } from '@/lib/i18n/locales';
import { interceptWholeBody } from './whole-body';

/** What Next sends instead of a page when `notFound()` is thrown while it renders a cached page. */
const EMPTY_SHELL = '<html id="__next_error__">';

const cached = new Map<string, Buffer | null>();

/**
 * The site's own Not found page as the build prerendered it, in the language of the URL: `/ru/…` and `/fr/…` get
 * app/[locale]/(public)/missing in theirs, English that one or else app/not-found.tsx.
 */
export function prerenderedNotFound(url = '/', dir = process.cwd()): Buffer | null {
  const { locale } = splitLocale((url.split('?')[0] ?? '/') || '/');
  const app = path.join(dir, '.next', 'server', 'app');
  for (const file of [path.join(app, locale, 'missing.html'), path.join(app, '_not-found.html')]) {
    if (!cached.has(file)) cached.set(file, fs.existsSync(file) ? fs.readFileSync(file) : null);
    const html = cached.get(file);
    if (html) return html;
  }
  return null;
}

/**
 * Next 16 answers `notFound()` from a statically rendered page (an unknown contact, release or city)
 * with status 404 and an empty `<html id="__next_error__">` document that only JavaScript fills in:
 * no `lang`, no header, no text. This layer sends the prerendered Not found page in its place, with
 * the same status, so the answer is a real page without JavaScript. Install it nearest to Next, so
 * the layers above (ETag, CSP script hashes, compression) see the page actually sent.
 */
export function applyNotFoundPage(
  req: IncomingMessage,
  res: ServerResponse,
  page: (url: string) => Buffer | null = prerenderedNotFound,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return;
  interceptWholeBody(res, (body, encoding, callback, end) => {
    if (res.statusCode !== 404 || res.headersSent) return end(body, encoding, callback);
    const text = typeof body === 'string' ? body : body.toString('utf8', 0, Math.min(body.length, 200));
    const replacement = text.includes(EMPTY_SHELL) ? page(req.url ?? '/') : null;
    if (!replacement) return end(body, encoding, callback);
    if (res.hasHeader('content-length')) res.setHeader('content-length', replacement.length);
    return end(replacement, callback);
  });
}
