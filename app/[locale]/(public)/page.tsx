import type { Metadata } from 'next';
import Link from 'next/link';
import { AvailableNow } from '@/components/available-now';
import { renderTime } from '@/components/reach-now';
import { KeepCityButton } from '@/components/keep-city-button';
import { ReleaseList } from '@/components/release-list';
import { getHomePage } from '@/db/queries/directory';
import { formatInternational } from '@/lib/directory/phone';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { pageLocale } from '@/lib/i18n/page';

export const dynamic = 'force-static';
export const revalidate = false;

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Pressline — who to call, right now',
    description: 'Spokespeople by city, with numbers that dial on one tap and their hours in local time.',
    path: '/',
  }),
  // The home page is the site's name, not "… · Pressline".
  title: { absolute: 'Pressline — who to call, right now' },
};

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const { cities, contacts, latestReleases } = await getHomePage();
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
      <h1 className="text-2xl font-bold">Who do I call, right now?</h1>
      <p className="mt-1 text-stone-800">Spokespeople by city, with numbers that dial on one tap.</p>

      <section aria-labelledby="cities-heading" className="mt-6">
        <h2 id="cities-heading" className="text-xl font-bold">
          Cities
        </h2>
        <ul className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
          {cities.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/cities/${c.slug}`}
                className="flex min-h-12 items-center justify-between rounded-lg border border-stone-300 bg-white px-4 py-3 font-semibold text-blue-800 underline-offset-4 hover:underline"
              >
                <span>{c.name}</span>
                <span className="text-sm font-normal text-stone-700">
                  {c.contactCount} {c.contactCount === 1 ? 'contact' : 'contacts'}
                </span>
              </Link>
              <KeepCityButton slug={c.slug} city={c.name} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="available-heading" className="mt-8">
        <h2 id="available-heading" className="mb-2 text-xl font-bold">
          Available now
        </h2>
        <AvailableNow people={people} renderedAt={renderedAt} />
      </section>

      <section aria-labelledby="latest-heading" className="mt-8">
        <h2 id="latest-heading" className="text-xl font-bold">
          Latest releases
        </h2>
        <ReleaseList items={latestReleases} />
        <p className="mt-2">
          <Link href="/releases" className="text-blue-800 underline">
            All releases
          </Link>
        </p>
      </section>
    </>
  );
}
