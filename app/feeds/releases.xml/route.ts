import { getReleaseFeed } from '@/db/queries/feeds';
import { publicUrl } from '@/lib/config';
import { ATOM_HEADERS, releaseFeedXml } from '@/lib/releases/release-feed';

// Cached like the public pages; staff writes revalidate it (lib/http/revalidate-public.ts).
export const dynamic = 'force-static';
export const revalidate = false;

export async function GET() {
  const feed = (await getReleaseFeed())!;
  return new Response(releaseFeedXml(publicUrl(), feed.releases, null), { headers: ATOM_HEADERS });
}
