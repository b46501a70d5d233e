import { syncTranslatorFor } from '../i18n/sync-translator';
import { apiLanguage, type ApiLanguage } from './api-language';
import { paginationLinks, type ListQuery, type QueryProblem } from './api-query';
import { PUBLIC_PAGE_CACHE_CONTROL } from './cache-control';
import { conditionalResponse } from './conditional';

const COMMON_HEADERS = {
  // Public data: any site may read it; clients revalidate each time, cheaply, with If-None-Match; a cache in
  // front (deploy/nginx, a CDN) may answer for a second, and for a day while no app process answers.
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Last-Modified, Link, X-Total-Count',
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
      'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
      'access-control-max-age': '86400',
    },
  });
}

/** JSON with a weak ETag and Last-Modified (lib/http/conditional.ts); 304 with no body when the client has it. */
export function jsonResponse(request: Request, body: unknown, headers: Record<string, string> = {}): Response {
  return conditionalResponse(request, JSON.stringify(body), { ...COMMON_HEADERS, ...headers });
}

/**
 * An error in JSON, worded in the caller's language (lib/http/api-language.ts). Chosen by Accept-Language,
 * it says `Vary: Accept-Language` so no cache in front serves one language's error to another.
 */
export function apiError(
  status: 400 | 404 | 405,
  code: string,
  message: string,
  problems?: QueryProblem[],
  language: ApiLanguage = { locale: 'en', fromHeader: false },
): Response {
  return new Response(JSON.stringify({ error: { code, message, ...(problems ? { problems } : {}) } }), {
    status,
    headers: {
      ...COMMON_HEADERS,
      'cache-control': 'no-store',
      'content-language': language.locale,
      ...(language.fromHeader ? { vary: 'Accept-Language' } : {}),
      ...(status === 405 ? { allow: 'GET, HEAD, OPTIONS' } : {}),
    },
  });
}

type NotFoundKey = 'noEndpoint' | 'noCity' | 'noContact' | 'noRelease';

/** The API's errors for one request, in its language: `?lang=`, else Accept-Language, else English. */
export function apiErrorsFor(request: Request) {
  const language = apiLanguage(request);
  const t = syncTranslatorFor(language.locale);
  return {
    locale: language.locale,
    invalidQuery(problems: QueryProblem[]): Response {
      const summary = problems.map((p) => `${p.parameter}: ${p.message}`).join('; ');
      return apiError(400, 'invalid_query', t('ApiErrors.invalidQuery', { summary }), problems, language);
    },
    notFound(key: NotFoundKey, values: Record<string, string> = {}): Response {
      return apiError(404, 'not_found', t(`ApiErrors.${key}`, values as never), undefined, language);
    },
    methodNotAllowed(): Response {
      return apiError(405, 'method_not_allowed', t('ApiErrors.methodNotAllowed'), undefined, language);
    },
  };
}

/** English, for callers without a request to read the language from. */
export function invalidQuery(problems: QueryProblem[]): Response {
  return apiErrorsFor(new Request('http://localhost/?lang=en')).invalidQuery(problems);
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

/** POST, PUT, PATCH and DELETE on a read-only endpoint: a 405 in JSON, in the caller's language. */
export function notAllowed(request: Request): Response {
  return apiErrorsFor(request).methodNotAllowed();
}
