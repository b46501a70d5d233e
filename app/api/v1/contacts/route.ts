import { listApiContacts } from '@/db/queries/public-api';
import { parseListQuery } from '@/lib/http/api-query';
import { apiErrorsFor, notAllowed, pageResponse, preflight } from '@/lib/http/api-response';
import { publicUrl } from '@/lib/config';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const errors = apiErrorsFor(request);
  const parsed = parseListQuery(new URL(request.url).searchParams, ['city', 'page', 'per_page'], errors.locale);
  if (!parsed.ok) return errors.invalidQuery(parsed.problems);
  const page = await listApiContacts(parsed.query);
  if (!page) return errors.notFound('noCity', { city: parsed.query.city ?? '' });
  return pageResponse(request, publicUrl(), parsed.query, page);
}

/** Another site's script may read this too (lib/http/api-response.ts). */
export function OPTIONS() {
  return preflight();
}

export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
