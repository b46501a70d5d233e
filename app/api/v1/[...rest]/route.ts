import { apiErrorsFor, notAllowed, preflight } from '@/lib/http/api-response';

// Anything else under /api/v1 answers in JSON too, not with the HTML 404 page.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return apiErrorsFor(request).notFound('noEndpoint');
}

/** Another site's script may read this too (lib/http/api-response.ts). */
export function OPTIONS() {
  return preflight();
}

export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
