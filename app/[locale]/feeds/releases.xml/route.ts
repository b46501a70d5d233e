import { getReleaseFeed } from '@/db/queries/feeds';
import { publicUrl } from '@/lib/config';
import { PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/http/cache-control';
import { conditionalResponse } from '@/lib/http/conditional';
import { ATOM_HEADERS, releaseFeedXml } from '@/lib/releases/release-feed';

// Made per request so that a feed reader's If-None-Match / If-Modified-Since gets its 304 (decision 0063).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const feed = (await getReleaseFeed())!;
  return conditionalResponse(request, releaseFeedXml(publicUrl(), feed.releases, null), {
    ...ATOM_HEADERS,
    'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
  });
}
