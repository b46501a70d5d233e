import { getCityPage } from '@/db/queries/directory';
import { formatInternational } from '@/lib/directory/phone';
import { SHARE_IMAGE_SIZE, shareImage } from '@/components/share-image';

// Cached like the city page and dropped with it (lib/http/revalidate-public.ts).
export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

export const alt = 'The city, its press desk and its duty line';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const page = await getCityPage((await params).slug);
  if (!page) return new Response('No such city.\n', { status: 404 });
  const { city, contacts } = page;
  return shareImage({
    kicker: 'Spokespeople in',
    title: city.localName && city.localName !== city.name ? `${city.name} · ${city.localName}` : city.name,
    lines: [
      `${city.name} press desk, 24/7: ${formatInternational(city.dutyPhone)}`,
      contacts.length === 1 ? '1 spokesperson listed' : `${contacts.length} spokespeople listed`,
    ],
  });
}
