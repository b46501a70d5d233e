import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ContactCard, langIfOther } from '@/components/contact-card';
import { InterviewRequestSection } from '@/components/interview-request-section';
import { contactRequestForm } from '@/components/request-form-targets';
import { ConfirmedAgo } from '@/components/confirmed-ago';
import { LocalTime } from '@/components/local-time';
import { OfflineZone } from '@/components/offline-zone';
import { desksOf, PinnedFallback, renderTime } from '@/components/reach-now';
import { getContactPage } from '@/db/queries/directory';
import { formatDateIn } from '@/lib/directory/directory-words';
import { feedAlternates } from '@/lib/releases/feed-links';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { asLocale, localizedPath } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';

export const dynamic = 'force-static';
export const revalidate = false;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: given, slug } = await params;
  const locale = asLocale(given);
  const t = await getTranslations({ locale, namespace: 'ContactPage' });
  const page = await getContactPage(slug, locale);
  if (!page) return { title: t('notFound') };
  const { contact } = page;
  const feeds = await getTranslations({ locale, namespace: 'Feeds' });
  const values = {
    name: contact.fullName,
    role: [contact.role, contact.organisation].filter(Boolean).join(', '),
    city: contact.city.name,
  };
  return pageMetadata({
    title: t('title', values),
    description: page.active ? t('description', values) : t('descriptionInactive', values),
    path: `/contacts/${contact.slug}`,
    locale,
    type: 'profile',
    alternates: feedAlternates(undefined, { locale, t: (key, values) => feeds(key, values as never) }),
  });
}

export default async function ContactPage({ params }: Props) {
  const locale = await pageLocale(params);
  const page = await getContactPage((await params).slug, locale);
  if (!page) notFound();
  const [t, confirmed] = await Promise.all([
    getTranslations({ locale, namespace: 'ContactPage' }),
    getTranslations({ locale, namespace: 'Confirmed' }),
  ]);
  const { contact, releases, active, successor } = page;
  const renderedAt = renderTime();
  return (
    <>
      <p className="text-sm">
        <Link
          href={localizedPath(locale, `/cities/${contact.city.slug}`)}
          className="inline-flex min-h-6 items-center text-blue-800 underline"
        >
          {t('allInCity', { city: contact.city.name })}
        </Link>
      </p>
      <OfflineZone timeZone={contact.city.timeZone} place={contact.city.name} />
      <h1 className="mt-2 text-2xl font-bold">{contact.fullName}</h1>
      {!active && (
        <p className="mt-2 rounded-lg bg-amber-50 p-3">
          {t('noLonger', { name: contact.fullName })}
          {successor && (
            <>
              {' '}
              {t.rich('pleaseContact', {
                name: successor.fullName,
                link: (chunks) => (
                  <Link href={localizedPath(locale, `/contacts/${successor.slug}`)} className="font-semibold underline">
                    {chunks}
                  </Link>
                ),
              })}
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
      {contact.bio && (
        <p className="mt-4 text-stone-800" lang={langIfOther(contact.textLang.bio, locale)}>
          {contact.bio}
        </p>
      )}
      {contact.confirmedAt && (
        <p className="mt-2 text-sm text-stone-700">
          <ConfirmedAgo
            at={contact.confirmedAt}
            fallback={confirmed('on', {
              date: formatDateIn(new Date(contact.confirmedAt).toISOString().slice(0, 10), locale),
            })}
          />
        </p>
      )}

      <section aria-labelledby="releases-heading" className="mt-8">
        <h2 id="releases-heading" className="text-xl font-bold">
          {t('releasesHeading', { name: contact.fullName })}
        </h2>
        {releases.length === 0 ? (
          <p className="text-stone-700">{t('noReleases')}</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {releases.map((r) => (
              <li key={r.slug} className="py-3">
                <h3 className="font-semibold" lang={langIfOther(r.language, locale)}>
                  <Link
                    href={localizedPath(locale, `/releases/${r.slug}`)}
                    className="inline-block min-h-6 text-blue-800 underline-offset-4 hover:underline"
                  >
                    {r.title}
                  </Link>
                </h3>
                <p className="text-sm text-stone-700">
                  <time dateTime={r.publishedOn}>{formatDateIn(r.publishedOn, locale)}</time> ·{' '}
                  {t('listedUnder', { label: r.cityLabel })}
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
