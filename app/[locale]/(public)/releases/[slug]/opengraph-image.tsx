import { getTranslations } from 'next-intl/server';
import { getReleasePage } from '@/db/queries/directory';
import { SHARE_IMAGE_SIZE, shareImage } from '@/components/share-image';
import { isLocale } from '@/lib/i18n/locales';
import { releaseContactsIn } from '@/lib/releases/contacts-in';
import { formatReleaseDate } from '@/lib/releases/release-date';

// Cached like the release page and dropped with it (lib/http/revalidate-public.ts).
export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

export const alt = 'The release title, its date and where its spokespeople are';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

// The kicker and the places in the reader's language; the title in the release's own.
export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: requested, slug } = await params;
  if (!isLocale(requested)) return new Response('No such release.\n', { status: 404 });
  const locale = requested;
  const release = await getReleasePage(slug, locale);
  if (!release) return new Response('No such release.\n', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'ReleasePage' });
  const places = release.groups.map((g) => g.label);
  return shareImage({
    kicker: t('shareKicker', { date: formatReleaseDate(release.publishedOn, locale) }),
    title: release.title,
    lines: [releaseContactsIn(places, locale, (list) => t('contactsIn', { places: list }))].filter(Boolean),
  });
}
