import { getContactForVCard } from '@/db/queries/directory';
import { publicUrl } from '@/lib/config';
import { PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/http/cache-control';
import { conditionalResponse } from '@/lib/http/conditional';
import { contactVCard } from '@/lib/directory/contact-vcard';

// Made per request (one indexed read) so that If-None-Match / If-Modified-Since get their 304 (decision 0063).
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const c = await getContactForVCard(slug);
  if (!c)
    return new Response('No such contact.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  const body = await contactVCard(c, publicUrl());
  return conditionalResponse(request, body, {
    'content-type': 'text/vcard; charset=utf-8',
    'content-disposition': `attachment; filename="${c.slug}.vcf"`,
    'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
  });
}
