import { getApiRelease } from '@/db/queries/public-api';
import { invalidQuery, jsonResponse, notFoundJson, preflight } from '@/lib/http/api-response';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const extra = [...new URL(request.url).searchParams.keys()];
  if (extra.length)
    return invalidQuery(
      extra.map((parameter) => ({ parameter, message: 'unknown parameter; this endpoint takes none' })),
    );
  const release = await getApiRelease(slug);
  return release ? jsonResponse(request, { data: release }) : notFoundJson(`There is no published release "${slug}".`);
}

/** Another site's script may read this too (lib/http/api-response.ts). */
export function OPTIONS() {
  return preflight();
}
