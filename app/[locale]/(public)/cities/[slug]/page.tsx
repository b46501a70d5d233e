import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ContactCard } from '@/components/contact-card';
import { ContactSheet } from '@/components/contact-sheet';
import { InterviewRequestSection } from '@/components/interview-request-section';
import { cityRequestForm } from '@/components/request-form-targets';
import { LocalTime } from '@/components/local-time';
import { OfflineZone } from '@/components/offline-zone';
import { PressDesk } from '@/components/press-desk';
import { desksOf, PinnedFallback, reachPersonOf, ReachOrderNote, renderTime } from '@/components/reach-now';
import { ReleaseList } from '@/components/release-list';
import { SubscribeLink } from '@/components/subscribe-link';
import { getCityPage } from '@/db/queries/directory';
import { publicUrl } from '@/lib/config';
import { formatInternational } from '@/lib/directory/phone';
import { feedAlternates } from '@/lib/releases/feed-links';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { orderByReach } from '@/lib/directory/reach-order';
import { asLocale, localizedPath } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';

export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: given, slug } = await params;
  const locale = asLocale(given);
  const t = await getTranslations({ locale, namespace: 'CityPage' });
  const page = await getCityPage(slug, locale);
  if (!page) return { title: t('notFound') };
  const { city, contacts } = page;
  // The feeds a reader of this language subscribes to.
  const feeds = await getTranslations({ locale, namespace: 'Feeds' });
  return pageMetadata({
    title: t('title', { city: city.name }),
    description: t('description', {
      count: contacts.length,
      city: city.name,
      phone: formatInternational(city.dutyPhone),
      email: city.deskEmail,
    }),
    path: `/cities/${city.slug}`,
    locale,
    alternates: feedAlternates(city, { locale, t: (key, values) => feeds(key, values as never) }),
  });
}

export default async function CityPage({ params }: Props) {
  const locale = await pageLocale(params);
  const page = await getCityPage((await params).slug, locale);
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: 'CityPage' });
  const { city, contacts, latestReleases } = page;
  const renderedAt = renderTime();
  const ordered = orderByReach(contacts, reachPersonOf, new Date(renderedAt));
  const link = 'inline-flex min-h-6 items-center text-blue-800 underline';
  return (
    <>
      {/* On paper the page is its contact sheet (components/contact-sheet.tsx), and nothing else. */}
      <div className="print:hidden">
        <OfflineZone timeZone={city.timeZone} place={city.name} />
        <h1 className="text-2xl font-bold">{t('heading', { city: city.name })}</h1>
        <p className="min-h-12 text-stone-800">
          <LocalTime timeZone={city.timeZone} city={city.name} renderedAt={renderedAt} />
        </p>
        {contacts.length === 0 ? (
          <p className="mt-4">{t('nobody')}</p>
        ) : (
          <>
            <ReachOrderNote />
            <ul className="mt-3 flex flex-col gap-4">
              {ordered.map((c) => (
                <li key={c.slug}>
                  <ContactCard card={c} renderedAt={renderedAt} />
                </li>
              ))}
            </ul>
          </>
        )}
        <PressDesk city={city} />
        <section aria-labelledby="releases-heading" className="mt-8">
          <h2 id="releases-heading" className="text-xl font-bold">
            {t('latestReleases', { city: city.name })}
          </h2>
          <ReleaseList items={latestReleases} />
          <p className="mt-2">
            <Link href={localizedPath(locale, `/releases?city=${city.slug}`)} className={link}>
              {t('allReleases', { city: city.name })}
            </Link>
          </p>
          <p className="mt-1 flex flex-wrap gap-x-4">
            <SubscribeLink city={city} />
            <Link href={localizedPath(locale, `/cities/${city.slug}/sheet`)} className={link}>
              {t('printSheet')}
            </Link>
          </p>
        </section>
        <InterviewRequestSection {...cityRequestForm(page).section} />
        <PinnedFallback cards={contacts} desks={desksOf(contacts, [city])} renderedAt={renderedAt} />
      </div>
      <div className="hidden print:block">
        <ContactSheet city={city} contacts={contacts} baseUrl={publicUrl()} renderedAt={renderedAt} />
      </div>
    </>
  );
}
