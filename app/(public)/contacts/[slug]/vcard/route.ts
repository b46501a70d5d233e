import { getContactForVCard } from '@/db/queries/directory';
import { publicUrl } from '@/lib/config';
import { PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/http/cache-control';
import { conditionalResponse } from '@/lib/http/conditional';
import { buildVCard } from '@/lib/directory/vcard';

// Made per request (one indexed read) so that If-None-Match / If-Modified-Since get their 304 (decision 0063).
export const dynamic = 'force-dynamic';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const c = await getContactForVCard(slug);
  if (!c)
    return new Response('No such contact.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  const body = buildVCard({
    fullName: c.fullName,
    localName: c.localName,
    role: c.role,
    organisation: c.organisation,
    email: c.email,
    city: c.city.name,
    country: countryNames.of(c.city.country) ?? c.city.country,
    phones: c.phones,
    languages: c.languages,
    url: `${publicUrl()}/contacts/${c.slug}`,
  });
  return conditionalResponse(request, body, {
    'content-type': 'text/vcard; charset=utf-8',
    'content-disposition': `attachment; filename="${c.slug}.vcf"`,
    'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
  });
}
