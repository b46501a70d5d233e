import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { interceptWholeBody } from './whole-body';

/** What Next sends instead of a page when `notFound()` is thrown while it renders a cached page. */
const EMPTY_SHELL = '<html id="__next_error__">';

let cached: { file: string; html: Buffer | null } | null = null;

/** The site's own Not found page as the build prerendered it (app/not-found.tsx in the root layout). */
export function prerenderedNotFound(dir = process.cwd()): Buffer | null {
  const file = path.join(dir, '.next', 'server', 'app', '_not-found.html');
  if (cached?.file !== file) {
    cached = { file, html: fs.existsSync(file) ? fs.readFileSync(file) : null };
  }
  return cached.html;
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
  page: () => Buffer | null = prerenderedNotFound,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return;
  interceptWholeBody(res, (body, encoding, callback, end) => {
    if (res.statusCode !== 404 || res.headersSent) return end(body, encoding, callback);
    const text = typeof body === 'string' ? body : body.toString('utf8', 0, Math.min(body.length, 200));
    const replacement = text.includes(EMPTY_SHELL) ? page() : null;
    if (!replacement) return end(body, encoding, callback);
    if (res.hasHeader('content-length')) res.setHeader('content-length', replacement.length);
    return end(replacement, callback);
  });
}
