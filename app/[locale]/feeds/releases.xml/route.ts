import { getReleaseFeed } from '@/db/queries/feeds';
import { publicUrl } from '@/lib/config';
import { PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/http/cache-control';
import { conditionalResponse } from '@/lib/http/conditional';
import { isLocale } from '@/lib/i18n/locales';
import { ATOM_HEADERS, localizedReleaseFeedXml } from '@/lib/releases/release-feed';

// Made per request so that a feed reader's If-None-Match / If-Modified-Since gets its 304 (decision 0063).
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale))
    return new Response('No such feed.\n', { status: 404, headers: { 'cache-control': 'no-store' } });
  const feed = (await getReleaseFeed(undefined, locale))!;
  return conditionalResponse(request, await localizedReleaseFeedXml(publicUrl(), feed.releases, null, locale), {
    ...ATOM_HEADERS,
    'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
  });
}
