import { listApiReleases } from '@/db/queries/public-api';
import { parseListQuery } from '@/lib/http/api-query';
import { invalidQuery, notFoundJson, pageResponse, preflight } from '@/lib/http/api-response';
import { publicUrl } from '@/lib/config';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseListQuery(new URL(request.url).searchParams, ['city', 'page', 'per_page']);
  if (!parsed.ok) return invalidQuery(parsed.problems);
  const page = await listApiReleases(parsed.query);
  if (!page) return notFoundJson(`There is no city "${parsed.query.city}". GET /api/v1/cities lists them.`);
  return pageResponse(request, publicUrl(), parsed.query, page);
}

/** Another site's script may read this too (lib/http/api-response.ts). */
export function OPTIONS() {
  return preflight();
}
