import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContactCard } from '@/components/contact-card';
import { InterviewRequestSection } from '@/components/interview-request-section';
import { releaseRequestForm } from '@/components/request-form-targets';
import { Markdown } from '@/components/markdown';
import { OfflineZone } from '@/components/offline-zone';
import { ReleaseAbout } from '@/components/release-about';
import { desksOf, PinnedFallback, reachPersonOf, ReachOrderNote, renderTime } from '@/components/reach-now';
import { orderByReach } from '@/lib/directory/reach-order';
import { getReleasePage } from '@/db/queries/directory';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { formatDate } from '@/lib/time/dates';
import { contactsIn } from '@/lib/sharing/contacts-in';
import { pageLocale } from '@/lib/i18n/page';

export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await getReleasePage((await params).slug);
  if (!release) return { title: 'Release not found' };
  const about = [formatDate(release.publishedOn), contactsIn(release.groups.map((g) => g.label))];
  return pageMetadata({
    title: release.title,
    description: [release.summary, ...about].filter(Boolean).join(' · '),
    path: `/releases/${release.slug}`,
    type: 'article',
    publishedOn: release.publishedOn,
  });
}

export default async function ReleasePage({ params }: Props) {
  await pageLocale(params);
  const release = await getReleasePage((await params).slug);
  if (!release) notFound();
  const renderedAt = renderTime();
  const now = new Date(renderedAt);
  const cards = release.groups.flatMap((g) => g.contacts.map((c) => c.card));
  return (
    <article>
      {cards[0] && <OfflineZone timeZone={cards[0].city.timeZone} place={cards[0].city.name} />}
      <h1 className="text-2xl font-bold">{release.title}</h1>
      <p className="mt-1 text-stone-700">
        {release.dateline.join('/')}, <time dateTime={release.publishedOn}>{formatDate(release.publishedOn)}</time>
      </p>
      {release.summary && <p className="mt-3 text-lg text-stone-800">{release.summary}</p>}
      <div className="mt-4">
        <Markdown>{release.body}</Markdown>
      </div>

      <section aria-labelledby="contacts-heading" className="mt-8">
        <h2 id="contacts-heading" className="text-xl font-bold">
          For more information and interviews
        </h2>
        {release.groups.length === 0 ? (
          <p className="text-stone-700">No spokespeople are listed for this release.</p>
        ) : (
          <ReachOrderNote />
        )}
        {release.groups.map((group, index) => (
          <section key={group.label} aria-labelledby={`group-${index}`} className="mt-4">
            <h3 id={`group-${index}`} className="text-lg font-semibold">
              In {group.label}
            </h3>
            <ul className="mt-2 flex flex-col gap-3">
              {orderByReach(group.contacts, (c) => reachPersonOf(c.card), now).map((c) => (
                <li key={c.card.slug + c.listedName}>
                  <ContactCard
                    card={c.card}
                    as="h3"
                    listedName={c.replaced ? c.listedName : undefined}
                    renderedAt={renderedAt}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <ReleaseAbout about={release.about} />
      <InterviewRequestSection {...releaseRequestForm(release).section} />
      <PinnedFallback cards={cards} desks={desksOf(cards, release.datelineDesks)} renderedAt={renderedAt} />
    </article>
  );
}
