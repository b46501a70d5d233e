import { getTranslations } from 'next-intl/server';
import { getCityPage } from '@/db/queries/directory';
import { formatInternational } from '@/lib/directory/phone';
import { SHARE_IMAGE_SIZE, shareImage } from '@/components/share-image';
import { isLocale } from '@/lib/i18n/locales';

// Cached like the city page and dropped with it (lib/http/revalidate-public.ts).
export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

export const alt = 'The city, its press desk and its duty line';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

/** The city's share card in the page's language: the city's name there, and its English and own names. */
export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: given, slug } = await params;
  if (!isLocale(given)) return new Response('No such city.\n', { status: 404 });
  const page = await getCityPage(slug, given);
  if (!page) return new Response('No such city.\n', { status: 404 });
  const t = await getTranslations({ locale: given, namespace: 'CityPage' });
  const { city, contacts } = page;
  const names = [...new Set([city.name, city.englishName, city.localName].filter((n): n is string => Boolean(n)))];
  return shareImage({
    kicker: t('imageKicker'),
    title: names.join(' · '),
    lines: [
      t('imageDesk', { city: city.name, phone: formatInternational(city.dutyPhone) }),
      t('imageListed', { count: contacts.length }),
    ],
  });
}
