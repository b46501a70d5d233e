import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReleaseList } from '@/components/release-list';
import { SubscribeLink } from '@/components/subscribe-link';
import { getReleasesPage } from '@/db/queries/directory';
import { feedAlternates } from '@/lib/releases/feed-links';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { pageLocale } from '@/lib/i18n/page';

// Reached through rewrites of /releases?city=…&page=… (next.config.ts), so every
// filter and page is its own cached path.
export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; city: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { city, page } = await params;
  const data = city === 'all' ? null : await getReleasesPage(1, city);
  const name = data?.cities.find((c) => c.slug === data.citySlug)?.name;
  const path = releasesHref(name ? city : null, /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1);
  return name
    ? pageMetadata({
        title: `Releases from ${name}`,
        description: `Press releases datelined ${name}, newest first, with the spokespeople to call about each.`,
        path,
        alternates: feedAlternates({ slug: city, name }),
      })
    : pageMetadata({
        title: 'Releases',
        description: 'Press releases, newest first, with the spokespeople to call about each.',
        path,
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
  await pageLocale(params);
  const { city, page: pageParam } = await params;
  if (!/^[1-9]\d{0,5}$/.test(pageParam)) notFound();
  const data = await getReleasesPage(Number(pageParam), city === 'all' ? undefined : city);
  if (!data) notFound();
  const cityName = data.cities.find((c) => c.slug === data.citySlug)?.name;
  return (
    <>
      <h1 className="text-2xl font-bold">{cityName ? `Releases from ${cityName}` : 'Releases'}</h1>
      <nav aria-label="Filter by city" className="mt-3">
        <ul className="flex flex-wrap gap-2">
          {[{ slug: null, name: 'All cities' }, ...data.cities].map((c) => {
            const current = c.slug === data.citySlug;
            return (
              <li key={c.slug ?? 'all'}>
                <Link
                  href={releasesHref(c.slug, 1)}
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
        {data.total} {data.total === 1 ? 'release' : 'releases'}, newest first. Page {data.page} of {data.pages}.
      </p>
      <ReleaseList items={data.items} headingLevel="h2" />
      <nav aria-label="Pages" className="mt-4 flex justify-between">
        {data.page > 1 ? (
          <Link
            href={releasesHref(data.citySlug, data.page - 1)}
            rel="prev"
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            Newer releases
          </Link>
        ) : (
          <span />
        )}
        {data.page < data.pages && (
          <Link
            href={releasesHref(data.citySlug, data.page + 1)}
            rel="next"
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            Older releases
          </Link>
        )}
      </nav>
    </>
  );
}
