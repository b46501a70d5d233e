import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { callbackOf, interceptWholeBody } from './whole-body';

/**
 * Whether the client already holds this representation (`If-None-Match`, weak comparison as
 * RFC 9110 §13.1.2 asks for GET). A request's `Cache-Control: no-cache` is addressed to caches on
 * the way; this server is the origin they revalidate with, so it does not change the answer
 * (fetch() adds it to every conditional request it is given).
 */
export function clientHasIt(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * ETags for complete bodies, in place of Next's own (`generateEtags: false` in next.config.ts).
 * Next hashes every cached page with FNV-1a written in JavaScript on every hit: about 0.4 ms for the
 * 46 KB release page on this machine, a fifth of a cache hit's cost, and growing with the page.
 * SHA-1 in native code does the same job in a tenth of the time.
 *
 * Same scope as Next's: a GET answered 200 or 404 with its whole body in one `end()` — how Next
 * sends cached and prerendered pages. Streamed (per-request) renders and anything `no-store`
 * get none; a response that already has an ETag (the API's) keeps it. Install it after the CSP
 * layer, so that layer sees the ETag it remembers script hashes by.
 */
export function applyEtag(req: IncomingMessage, res: ServerResponse) {
  interceptWholeBody(res, (body, encoding, callback, end) => {
    if (
      req.method !== 'GET' ||
      (res.statusCode !== 200 && res.statusCode !== 404) ||
      res.headersSent ||
      res.hasHeader('etag') ||
      /no-store/i.test(String(res.getHeader('cache-control') ?? ''))
    ) {
      return end(body, encoding, callback);
    }
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    res.setHeader('ETag', etag);
    if (res.statusCode === 200 && clientHasIt(req.headers['if-none-match'], etag)) {
      res.statusCode = 304;
      res.removeHeader('content-length');
      res.removeHeader('content-type');
      return end(callbackOf(encoding, callback));
    }
    return end(body, encoding, callback);
  });
}
