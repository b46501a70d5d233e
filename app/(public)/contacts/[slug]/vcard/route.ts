import { getContactForVCard } from '@/db/queries/directory';
import { publicUrl } from '@/lib/config';
import { buildVCard } from '@/lib/directory/vcard';

export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const c = await getContactForVCard(slug);
  if (!c)
    return new Response('No such contact.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const body = buildVCard({
    fullName: c.fullName,
    role: c.role,
    organisation: c.organisation,
    email: c.email,
    city: c.city.name,
    country: countryNames.of(c.city.country) ?? c.city.country,
    phones: c.phones,
    languages: c.languages,
    url: `${publicUrl()}/contacts/${c.slug}`,
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/vcard; charset=utf-8',
      'content-disposition': `attachment; filename="${c.slug}.vcf"`,
    },
  });
}
