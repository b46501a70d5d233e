import { listApiCities } from '@/db/queries/public-api';
import { parseListQuery } from '@/lib/http/api-query';
import { apiErrorsFor, notAllowed, pageResponse, preflight } from '@/lib/http/api-response';
import { publicUrl } from '@/lib/config';

// Per request: the answer depends on ?page= and If-None-Match, and costs one indexed query.
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const errors = apiErrorsFor(request);
  const parsed = parseListQuery(new URL(request.url).searchParams, ['page', 'per_page'], errors.locale);
  if (!parsed.ok) return errors.invalidQuery(parsed.problems);
  return pageResponse(request, publicUrl(), parsed.query, await listApiCities(parsed.query));
}

/** Another site's script may read this too (lib/http/api-response.ts). */
export function OPTIONS() {
  return preflight();
}

export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
