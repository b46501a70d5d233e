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
import { getTranslations } from 'next-intl/server';
import { ReleaseTranslations } from '@/components/release-translations';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { asLocale } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';
import { feedAlternates } from '@/lib/releases/feed-links';
import { formatReleaseDate } from '@/lib/releases/release-date';
import { releaseContactsIn } from '@/lib/releases/contacts-in';

export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: requested, slug } = await params;
  const locale = asLocale(requested);
  const t = await getTranslations({ locale, namespace: 'ReleasePage' });
  const feeds = await getTranslations({ locale, namespace: 'Feeds' });
  const release = await getReleasePage(slug, locale);
  if (!release) return { title: t('notFoundTitle') };
  const about = [
    formatReleaseDate(release.publishedOn, locale),
    releaseContactsIn(
      release.groups.map((g) => g.label),
      locale,
      (places) => t('contactsIn', { places }),
    ),
  ];
  return pageMetadata({
    title: release.title,
    description: [release.summary, ...about].filter(Boolean).join(' · '),
    path: `/releases/${release.slug}`,
    locale,
    type: 'article',
    publishedOn: release.publishedOn,
    // The feed a reader of this language subscribes to.
    alternates: feedAlternates(undefined, { locale, t: (key, values) => feeds(key, values as never) }),
  });
}

export default async function ReleasePage({ params }: Props) {
  const locale = await pageLocale(params);
  const release = await getReleasePage((await params).slug, locale);
  if (!release) notFound();
  const t = await getTranslations({ locale, namespace: 'ReleasePage' });
  // The release's own text is in its language, the page around it in the reader's.
  const lang = release.language;
  const renderedAt = renderTime();
  const now = new Date(renderedAt);
  const cards = release.groups.flatMap((g) => g.contacts.map((c) => c.card));
  return (
    <article>
      {cards[0] && <OfflineZone timeZone={cards[0].city.timeZone} place={cards[0].city.name} />}
      <h1 className="text-2xl font-bold" lang={lang}>
        {release.title}
      </h1>
      <p className="mt-1 text-stone-700">
        <span lang={lang}>{release.dateline.join('/')}</span>,{' '}
        <time dateTime={release.publishedOn}>{formatReleaseDate(release.publishedOn, locale)}</time>
      </p>
      <ReleaseTranslations translations={release.translations} locale={locale} />
      {release.summary && (
        <p className="mt-3 text-lg text-stone-800" lang={lang}>
          {release.summary}
        </p>
      )}
      <div className="mt-4" lang={lang}>
        <Markdown>{release.body}</Markdown>
      </div>

      <section aria-labelledby="contacts-heading" className="mt-8">
        <h2 id="contacts-heading" className="text-xl font-bold">
          {t('contactsHeading')}
        </h2>
        {release.groups.length === 0 ? <p className="text-stone-700">{t('noContacts')}</p> : <ReachOrderNote />}
        {release.groups.map((group, index) => (
          <section key={group.label} aria-labelledby={`group-${index}`} className="mt-4">
            <h3 id={`group-${index}`} className="text-lg font-semibold">
              {t.rich('groupHeading', {
                label: group.label,
                place: (chunks) => <span lang={lang}>{chunks}</span>,
              })}
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
      <ReleaseAbout about={release.about} lang={lang} />
      <InterviewRequestSection {...releaseRequestForm(release).section} />
      <PinnedFallback cards={cards} desks={desksOf(cards, release.datelineDesks)} renderedAt={renderedAt} />
    </article>
  );
}
