import { getReleaseFeed } from '@/db/queries/feeds';
import { publicUrl } from '@/lib/config';
import { ATOM_HEADERS, releaseFeedXml } from '@/lib/releases/release-feed';

// /feeds/cities/<slug>.xml, cached like the public pages; release and city writes revalidate it.
export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

const notFound = () =>
  new Response('No such feed.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = /^([a-z0-9-]{1,80})\.xml$/.exec((await params).file)?.[1];
  if (!slug) return notFound();
  const feed = await getReleaseFeed(slug);
  if (!feed) return notFound();
  return new Response(releaseFeedXml(publicUrl(), feed.releases, feed.city), { headers: ATOM_HEADERS });
}
