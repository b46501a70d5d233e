import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ContactSheet } from '@/components/contact-sheet';
import { renderTime } from '@/components/reach-now';
import { getCityPage } from '@/db/queries/directory';
import { publicUrl } from '@/lib/config';
import { asLocale, localizedPath } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';

// Cached like the city page; a write that changes the city revalidates both (lib/http/revalidate-public.ts).
export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: given, slug } = await params;
  const locale = asLocale(given);
  const page = await getCityPage(slug, locale);
  if (!page) return { title: (await getTranslations({ locale, namespace: 'CityPage' }))('notFound') };
  const t = await getTranslations({ locale, namespace: 'ContactSheet' });
  return {
    title: t('title', { city: page.city.name }),
    description: t('description', { city: page.city.name }),
    // The city page is the one to share and index; this is its printout.
    alternates: { canonical: localizedPath(locale, `/cities/${page.city.slug}`) },
    robots: { index: false },
  };
}

export default async function ContactSheetPage({ params }: Props) {
  const locale = await pageLocale(params);
  const page = await getCityPage((await params).slug, locale);
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: 'ContactSheet' });
  return (
    <>
      <p className="mb-3 text-sm print:hidden">
        {t('printHint')}{' '}
        <Link
          href={localizedPath(locale, `/cities/${page.city.slug}`)}
          className="inline-flex min-h-6 items-center text-blue-800 underline"
        >
          {t('back', { city: page.city.name })}
        </Link>
      </p>
      <ContactSheet city={page.city} contacts={page.contacts} baseUrl={publicUrl()} renderedAt={renderTime()} as="h1" />
    </>
  );
}
