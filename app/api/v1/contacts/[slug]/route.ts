import { getApiContact } from '@/db/queries/public-api';
import { invalidQuery, jsonResponse, notFoundJson, preflight } from '@/lib/http/api-response';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const extra = [...new URL(request.url).searchParams.keys()];
  if (extra.length)
    return invalidQuery(
      extra.map((parameter) => ({ parameter, message: 'unknown parameter; this endpoint takes none' })),
    );
  const contact = await getApiContact(slug);
  return contact ? jsonResponse(request, { data: contact }) : notFoundJson(`There is no contact "${slug}".`);
}

/** Another site's script may read this too (lib/http/api-response.ts). */
export function OPTIONS() {
  return preflight();
}
