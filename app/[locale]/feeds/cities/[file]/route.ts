import { getReleaseFeed } from '@/db/queries/feeds';
import { publicUrl } from '@/lib/config';
import { PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/http/cache-control';
import { conditionalResponse } from '@/lib/http/conditional';
import { isLocale } from '@/lib/i18n/locales';
import { ATOM_HEADERS, localizedReleaseFeedXml } from '@/lib/releases/release-feed';

// /feeds/cities/<slug>.xml (/ru/…, /fr/… in those languages), made per request so that conditional requests
// get their 304 (decision 0063).
export const dynamic = 'force-dynamic';

const notFound = () =>
  new Response('No such feed.\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const slug = /^([a-z0-9-]{1,80})\.xml$/.exec(file)?.[1];
  if (!slug || !isLocale(locale)) return notFound();
  const feed = await getReleaseFeed(slug, locale);
  if (!feed) return notFound();
  return conditionalResponse(request, await localizedReleaseFeedXml(publicUrl(), feed.releases, feed.city, locale), {
    ...ATOM_HEADERS,
    'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
  });
}
