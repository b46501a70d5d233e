import { createHash } from 'node:crypto';

/**
 * Conditional GETs for bodies a route handler makes per request (feeds, vCards, the API), RFC 9110 §13.
 *
 * - The ETag is weak (`W/"…"`): the server compresses on the way out (lib/server/server.ts), and a strong
 *   tag would have to differ between the gzip, brotli and plain bytes of the same body (§8.8.3).
 * - Last-Modified is when this process first answered this URL with this body: always true, with no
 *   column to trust (a city renamed changes a vCard without touching the contact's `updated_at`).
 * - `Vary: Accept-Encoding` on 200 and 304 alike, so a cache keeps one entry per encoding.
 * - If-None-Match wins over If-Modified-Since when both are sent (§13.2.2).
 */
export const VARY = 'Accept-Encoding';

/** Does an If-None-Match header (a list, maybe weak, maybe "*") name this entity tag? Weak comparison. */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export const weakETag = (body: string): string =>
  `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

type Seen = { etag: string; since: number };
const MAX_URLS = 5000;
const seen: Map<string, Seen> = ((globalThis as { __presslineFirstSeen?: Map<string, Seen> }).__presslineFirstSeen ??=
  new Map());

/**
 * When this body was first answered for this URL, in whole seconds (HTTP dates have no fraction). A new
 * body always gets a later second than the one it replaces, so a client holding the old one never gets a 304.
 */
export function firstSeen(url: string, etag: string, now = Date.now()): Date {
  const before = seen.get(url);
  seen.delete(url); // re-inserted last: the Map's order is least recently used first
  if (before?.etag === etag) {
    seen.set(url, before);
    return new Date(before.since);
  }
  let since = Math.floor(now / 1000) * 1000;
  if (before && since <= before.since) since = before.since + 1000;
  seen.set(url, { etag, since });
  if (seen.size > MAX_URLS) seen.delete(seen.keys().next().value!);
  return new Date(since);
}

function notModified(request: Request, etag: string, lastModified: Date): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) return matchesETag(ifNoneMatch, etag);
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  return Number.isFinite(since) && lastModified.getTime() <= since;
}

/**
 * The 200 with this body and its validators, or a 304 with the same validators, Vary and caching headers
 * and no body when the client already holds it.
 */
export function conditionalResponse(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = weakETag(body);
  const url = new URL(request.url);
  const lastModified = firstSeen(url.pathname + url.search, etag);
  const all = new Headers(headers);
  all.set('etag', etag);
  all.set('last-modified', lastModified.toUTCString());
  all.set('vary', VARY);
  if (notModified(request, etag, lastModified)) {
    for (const name of ['content-type', 'content-length', 'content-disposition']) all.delete(name);
    return new Response(null, { status: 304, headers: all });
  }
  return new Response(body, { status: 200, headers: all });
}
