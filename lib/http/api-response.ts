import { createHash } from 'node:crypto';
import { paginationLinks, type ListQuery, type QueryProblem } from './api-query';
import { PUBLIC_PAGE_CACHE_CONTROL } from './cache-control';

const COMMON_HEADERS = {
  // Public data: any site may read it; clients revalidate each time, cheaply, with If-None-Match; a cache in
  // front (deploy/nginx, a CDN) may answer for a second, and for a day while no app process answers.
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Link, X-Total-Count',
  'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
  'content-type': 'application/json; charset=utf-8',
};

/**
 * The answer to a browser's CORS preflight. A GET that revalidates with If-None-Match is not a "simple"
 * request, so another site's script asks first; the API is read-only and never reads cookies, so any
 * origin may GET, with that one header, and nothing else (no credentials: `*` forbids them).
 */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-allow-headers': 'If-None-Match',
      'access-control-max-age': '86400',
    },
  });
}

/** Does an If-None-Match header (a list, maybe weak, maybe "*") name this entity tag? */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** JSON with a strong ETag of its bytes; 304 with no body when the client already has them. */
export function jsonResponse(request: Request, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  const all = new Headers({ ...COMMON_HEADERS, ...headers, etag });
  if (matchesETag(request.headers.get('if-none-match'), etag)) {
    all.delete('content-type');
    return new Response(null, { status: 304, headers: all });
  }
  return new Response(text, { status: 200, headers: all });
}

export function apiError(status: 400 | 404, code: string, message: string, problems?: QueryProblem[]): Response {
  return new Response(JSON.stringify({ error: { code, message, ...(problems ? { problems } : {}) } }), {
    status,
    headers: { ...COMMON_HEADERS, 'cache-control': 'no-store' },
  });
}

export function invalidQuery(problems: QueryProblem[]): Response {
  const summary = problems.map((p) => `${p.parameter}: ${p.message}`).join('; ');
  return apiError(400, 'invalid_query', `The query parameters are not valid (${summary}).`, problems);
}

export function notFoundJson(message: string): Response {
  return apiError(404, 'not_found', message);
}

/** A page of a list: `{ data, pagination }`, with Link and X-Total-Count headers. */
export function pageResponse(
  request: Request,
  publicBase: string,
  query: ListQuery,
  page: { items: unknown[]; total: number },
): Response {
  const url = new URL(request.url);
  const self = new URL(url.pathname + url.search, publicBase);
  const totalPages = Math.max(1, Math.ceil(page.total / query.per_page));
  const body = {
    data: page.items,
    pagination: { page: query.page, perPage: query.per_page, total: page.total, totalPages },
  };
  return jsonResponse(request, body, {
    link: paginationLinks(self, query, page.total),
    'x-total-count': String(page.total),
  });
}
