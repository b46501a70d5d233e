import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CityDutyNotice } from '@/components/city-duty-notice';
import { ContactCard } from '@/components/contact-card';
import { InterviewRequestSection } from '@/components/interview-request-section';
import { cityRequestForm } from '@/components/request-form-targets';
import { LocalTime } from '@/components/local-time';
import { DutyLineButton, PressDesk } from '@/components/press-desk';
import { ReleaseList } from '@/components/release-list';
import { getCityPage } from '@/db/queries/directory';
import { feedAlternates } from '@/lib/releases/feed-links';

export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getCityPage((await params).slug);
  return page ? { title: `Spokespeople in ${page.city.name}`, alternates: feedAlternates(page.city) } : { title: 'City not found' };
}

export default async function CityPage({ params }: Props) {
  const page = await getCityPage((await params).slug);
  if (!page) notFound();
  const { city, contacts, latestReleases } = page;
  return (
    <>
      <h1 className="text-2xl font-bold">Spokespeople in {city.name}</h1>
      <p className="text-stone-800">
        <LocalTime timeZone={city.timeZone} city={city.name} />
      </p>
      {contacts.length === 0 ? (
        <p className="mt-4">No spokespeople are listed here yet. The press desk below takes every call.</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-4">
          {contacts.map((c) => (
            <li key={c.slug}>
              <ContactCard card={c} />
            </li>
          ))}
        </ul>
      )}
      <PressDesk city={city} />
      <section aria-labelledby="releases-heading" className="mt-8">
        <h2 id="releases-heading" className="text-xl font-bold">
          Latest releases from {city.name}
        </h2>
        <ReleaseList items={latestReleases} />
        <p className="mt-2">
          <Link href={`/releases?city=${city.slug}`} className="text-blue-800 underline">
            All releases from {city.name}
          </Link>
        </p>
      </section>
      <InterviewRequestSection {...cityRequestForm(page).section} />
      <CityDutyNotice people={contacts.map((c) => ({ timeZone: c.city.timeZone, hours: c.hours, leave: c.leave }))}>
        <DutyLineButton city={city} />
      </CityDutyNotice>
    </>
  );
}
