import { getApiContact } from '@/db/queries/public-api';
import { parameterProblems } from '@/lib/http/api-query';
import { apiErrorsFor, jsonResponse, notAllowed, preflight } from '@/lib/http/api-response';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const errors = apiErrorsFor(request);
  const problems = parameterProblems(new URL(request.url).searchParams, errors.locale);
  if (problems.length) return errors.invalidQuery(problems);
  const contact = await getApiContact(slug);
  return contact ? jsonResponse(request, { data: contact }) : errors.notFound('noContact', { slug });
}

/** Another site's script may read this too (lib/http/api-response.ts). */
export function OPTIONS() {
  return preflight();
}

export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
