import { getReleaseFeed } from '@/db/queries/feeds';
import { publicUrl } from '@/lib/config';
import { ATOM_HEADERS, releaseFeedXml } from '@/lib/release-feed';

// Cached like the public pages; release writes revalidate it (db/public-paths.ts).
export const dynamic = 'force-static';
export const revalidate = false;

export async function GET() {
  const feed = (await getReleaseFeed())!;
  return new Response(releaseFeedXml(publicUrl(), feed.releases, null), { headers: ATOM_HEADERS });
}
