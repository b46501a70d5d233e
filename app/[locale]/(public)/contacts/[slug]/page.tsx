import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContactCard } from '@/components/contact-card';
import { InterviewRequestSection } from '@/components/interview-request-section';
import { contactRequestForm } from '@/components/request-form-targets';
import { ConfirmedOn } from '@/components/confirmed-on';
import { LocalTime } from '@/components/local-time';
import { OfflineZone } from '@/components/offline-zone';
import { desksOf, PinnedFallback, renderTime } from '@/components/reach-now';
import { getContactPage } from '@/db/queries/directory';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { formatDate } from '@/lib/time/dates';
import { pageLocale } from '@/lib/i18n/page';

export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getContactPage((await params).slug);
  if (!page) return { title: 'Contact not found' };
  const { contact } = page;
  const role = [contact.role, contact.organisation].filter(Boolean).join(', ');
  return pageMetadata({
    title: `${contact.fullName}, ${contact.city.name}`,
    description: page.active
      ? `${contact.fullName}: ${role}, ${contact.city.name}. Numbers that dial on one tap, hours in ${contact.city.name} time.`
      : `${contact.fullName} (${role}, ${contact.city.name}) no longer takes press calls.`,
    path: `/contacts/${contact.slug}`,
    type: 'profile',
  });
}

export default async function ContactPage({ params }: Props) {
  await pageLocale(params);
  const page = await getContactPage((await params).slug);
  if (!page) notFound();
  const { contact, releases, active, successor } = page;
  const renderedAt = renderTime();
  return (
    <>
      <p className="text-sm">
        <Link
          href={`/cities/${contact.city.slug}`}
          className="inline-flex min-h-6 items-center text-blue-800 underline"
        >
          All spokespeople in {contact.city.name}
        </Link>
      </p>
      <OfflineZone timeZone={contact.city.timeZone} place={contact.city.name} />
      <h1 className="mt-2 text-2xl font-bold">{contact.fullName}</h1>
      {!active && (
        <p className="mt-2 rounded-lg bg-amber-50 p-3">
          {contact.fullName} no longer takes press calls.
          {successor && (
            <>
              {' '}
              Please contact{' '}
              <Link href={`/contacts/${successor.slug}`} className="font-semibold underline">
                {successor.fullName}
              </Link>
              .
            </>
          )}
        </p>
      )}
      <p className="min-h-12 text-stone-800">
        <LocalTime timeZone={contact.city.timeZone} city={contact.city.name} renderedAt={renderedAt} />
      </p>
      <div className="mt-4">
        <ContactCard card={contact} renderedAt={renderedAt} />
      </div>
      {contact.bio && <p className="mt-4 text-stone-800">{contact.bio}</p>}
      {contact.confirmedAt && (
        <p className="mt-2 text-sm text-stone-700">
          <ConfirmedOn
            at={contact.confirmedAt}
            fallback={`Details confirmed on ${formatDate(new Date(contact.confirmedAt).toISOString().slice(0, 10))}`}
          />
        </p>
      )}

      <section aria-labelledby="releases-heading" className="mt-8">
        <h2 id="releases-heading" className="text-xl font-bold">
          Releases {contact.fullName} covers
        </h2>
        {releases.length === 0 ? (
          <p className="text-stone-700">Not listed on any published release yet.</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {releases.map((r) => (
              <li key={r.slug} className="py-3">
                <h3 className="font-semibold">
                  <Link
                    href={`/releases/${r.slug}`}
                    className="inline-block min-h-6 text-blue-800 underline-offset-4 hover:underline"
                  >
                    {r.title}
                  </Link>
                </h3>
                <p className="text-sm text-stone-700">
                  <time dateTime={r.publishedOn}>{formatDate(r.publishedOn)}</time> · listed under {r.cityLabel}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <InterviewRequestSection {...contactRequestForm(page).section} />
      {active && <PinnedFallback cards={[contact]} desks={desksOf([contact])} renderedAt={renderedAt} />}
    </>
  );
}
