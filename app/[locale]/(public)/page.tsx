import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AvailableNow } from '@/components/available-now';
import { LanguageOffer, type LanguageOffers } from '@/components/language-offer';
import { renderTime } from '@/components/reach-now';
import { KeepCityButton } from '@/components/keep-city-button';
import { ReleaseList } from '@/components/release-list';
import { getHomePage } from '@/db/queries/directory';
import { formatInternational } from '@/lib/directory/phone';
import { feedAlternates } from '@/lib/releases/feed-links';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { DEFAULT_LOCALE, isLocale, LOCALES, localizedPath, type Locale } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';

export const dynamic = 'force-static';
export const revalidate = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'Common' });
  const feeds = await getTranslations({ locale, namespace: 'Feeds' });
  return {
    ...pageMetadata({
      title: t('siteTitle'),
      description: t('siteDescription'),
      path: '/',
      locale,
      alternates: feedAlternates(undefined, { locale, t: (key, values) => feeds(key, values as never) }),
    }),
    // The home page is the site's name, not "… · Pressline".
    title: { absolute: t('siteTitle') },
  };
}

/** On the English home only: the same page offered in the reader's language, each offer in its own language. */
async function languageOffers(locale: Locale): Promise<LanguageOffers | null> {
  if (locale !== DEFAULT_LOCALE) return null;
  const offers: LanguageOffers = {};
  for (const other of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const t = await getTranslations({ locale: other, namespace: 'LanguageOffer' });
    offers[other] = { text: t('offer'), href: localizedPath(other, '/') };
  }
  return offers;
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const offers = await languageOffers(locale);
  const { cities, contacts, latestReleases } = await getHomePage(locale);
  const renderedAt = renderTime();
  const people = contacts.map((c) => {
    const phone = c.phones.find((p) => p.kind !== 'fax' && p.kind !== 'whatsapp') ?? null;
    return {
      slug: c.slug,
      fullName: c.fullName,
      city: c.city.name,
      timeZone: c.city.timeZone,
      hours: c.hours,
      leave: c.leave,
      phone: phone?.e164 ?? null,
      phoneLabel: phone ? formatInternational(phone.e164) : null,
    };
  });
  return (
    <>
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="mt-1 text-stone-800">{t('intro')}</p>
      {offers && <LanguageOffer offers={offers} />}

      <section aria-labelledby="cities-heading" className="mt-6">
        <h2 id="cities-heading" className="text-xl font-bold">
          {t('citiesHeading')}
        </h2>
        <ul className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
          {cities.map((c) => (
            <li key={c.slug}>
              <Link
                href={localizedPath(locale, `/cities/${c.slug}`)}
                className="flex min-h-12 items-center justify-between rounded-lg border border-stone-300 bg-white px-4 py-3 font-semibold text-blue-800 underline-offset-4 hover:underline"
              >
                <span>{c.name}</span>
                <span className="text-sm font-normal text-stone-700">
                  {t('contactCount', { count: c.contactCount })}
                </span>
              </Link>
              <KeepCityButton slug={c.slug} city={c.name} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="available-heading" className="mt-8">
        <h2 id="available-heading" className="mb-2 text-xl font-bold">
          {t('availableHeading')}
        </h2>
        <AvailableNow people={people} renderedAt={renderedAt} />
      </section>

      <section aria-labelledby="latest-heading" className="mt-8">
        <h2 id="latest-heading" className="text-xl font-bold">
          {t('latestHeading')}
        </h2>
        <ReleaseList items={latestReleases} />
        <p className="mt-2">
          <Link href={localizedPath(locale, '/releases')} className="text-blue-800 underline">
            {t('allReleases')}
          </Link>
        </p>
      </section>
    </>
  );
}
