import { notFoundJson, preflight } from '@/lib/http/api-response';

// Anything else under /api/v1 answers in JSON too, not with the HTML 404 page.
export const dynamic = 'force-dynamic';

export function GET() {
  return notFoundJson(
    'No such endpoint. The API has /api/v1/cities, /api/v1/contacts, /api/v1/contacts/{slug}, /api/v1/releases and /api/v1/releases/{slug}.',
  );
}

/** Another site's script may read this too (lib/http/api-response.ts). */
export function OPTIONS() {
  return preflight();
}
