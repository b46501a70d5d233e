import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReleaseList } from '@/components/release-list';
import { SubscribeLink } from '@/components/subscribe-link';
import { getReleasesPage } from '@/db/queries/directory';
import { feedAlternates } from '@/lib/releases/feed-links';
import { getTranslations } from 'next-intl/server';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { asLocale, localizedPath } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';

// Reached through rewrites of /releases?city=…&page=… (next.config.ts), so every
// filter and page is its own cached path.
export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; city: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: requested, city, page } = await params;
  const locale = asLocale(requested);
  const t = await getTranslations({ locale, namespace: 'ReleasesPage' });
  const feeds = await getTranslations({ locale, namespace: 'Feeds' });
  const data = city === 'all' ? null : await getReleasesPage(1, city, locale);
  const name = data?.cities.find((c) => c.slug === data.citySlug)?.name;
  const path = releasesHref(name ? city : null, /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1);
  const feedTitles = {
    locale,
    t: (key: 'title' | 'cityTitle', values?: { city: string }) => feeds(key, values as never),
  };
  return name
    ? pageMetadata({
        title: t('cityTitle', { city: name }),
        description: t('cityDescription', { city: name }),
        path,
        locale,
        alternates: feedAlternates({ slug: city, name }, feedTitles),
      })
    : pageMetadata({
        title: t('title'),
        description: t('description'),
        path,
        locale,
        alternates: feedAlternates(undefined, feedTitles),
      });
}

function releasesHref(city: string | null, page: number) {
  const q = new URLSearchParams();
  if (city) q.set('city', city);
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `/releases?${s}` : '/releases';
}

export default async function ReleasesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { city, page: pageParam } = await params;
  if (!/^[1-9]\d{0,5}$/.test(pageParam)) notFound();
  const data = await getReleasesPage(Number(pageParam), city === 'all' ? undefined : city, locale);
  const t = await getTranslations({ locale, namespace: 'ReleasesPage' });
  const href = (citySlug: string | null, page: number) => localizedPath(locale, releasesHref(citySlug, page));
  if (!data) notFound();
  const cityName = data.cities.find((c) => c.slug === data.citySlug)?.name;
  return (
    <>
      <h1 className="text-2xl font-bold">{cityName ? t('cityTitle', { city: cityName }) : t('title')}</h1>
      <nav aria-label={t('filterLabel')} className="mt-3">
        <ul className="flex flex-wrap gap-2">
          {[{ slug: null, name: t('allCities') }, ...data.cities].map((c) => {
            const current = c.slug === data.citySlug;
            return (
              <li key={c.slug ?? 'all'}>
                <Link
                  href={href(c.slug, 1)}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full border px-4 ${current ? 'border-brand-800 bg-brand-800 text-white' : 'border-stone-400 bg-white text-blue-800'}`}
                >
                  {c.name}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <p className="mt-3">
        <SubscribeLink city={cityName && data.citySlug ? { slug: data.citySlug, name: cityName } : undefined} />
      </p>
      <p className="mt-3 text-sm text-stone-700">
        {t('count', { count: data.total, page: data.page, pages: data.pages })}
      </p>
      <ReleaseList items={data.items} headingLevel="h2" />
      <nav aria-label={t('pagesLabel')} className="mt-4 flex justify-between">
        {data.page > 1 ? (
          <Link
            href={href(data.citySlug, data.page - 1)}
            rel="prev"
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            {t('newer')}
          </Link>
        ) : (
          <span />
        )}
        {data.page < data.pages && (
          <Link
            href={href(data.citySlug, data.page + 1)}
            rel="next"
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            {t('older')}
          </Link>
        )}
      </nav>
    </>
  );
}
