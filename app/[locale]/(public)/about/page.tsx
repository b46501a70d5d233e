import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { feedAlternates } from '@/lib/releases/feed-links';
import { pageMetadata } from '@/lib/sharing/page-metadata';
import { DEFAULT_LOCALE, isLocale, LOCALES, localizedPath } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';

/**
 * The one public page with nothing from the database: prerendered by `next build`, served from
 * its files. It is also the benchmark's "prerendered page" and Lighthouse's baseline (bench/README.md).
 */
export const dynamic = 'force-static';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'About' });
  const feeds = await getTranslations({ locale, namespace: 'Feeds' });
  return pageMetadata({
    title: t('metaTitle'),
    description: t('metaDescription'),
    path: '/about',
    locale,
    alternates: feedAlternates(undefined, { locale, t: (key, values) => feeds(key, values as never) }),
  });
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-2 space-y-3 leading-relaxed text-stone-800">{children}</div>
    </section>
  );
}

function Term({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-stone-300 bg-white px-4 py-3">
      <dt className="font-semibold">{term}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

const link = 'font-semibold text-blue-800 underline underline-offset-4';
const SECTIONS = ['finding', 'status', 'calling', 'requests', 'following', 'officers', 'privacy'] as const;

/** Prerendered at build in every language: the bench's baseline for Next's own path. */
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));

export default async function AboutPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'About' });
  const to = (path: string) =>
    function PageLink(chunks: React.ReactNode) {
      return (
        <Link className={link} href={localizedPath(locale, path)}>
          {chunks}
        </Link>
      );
    };
  return (
    <>
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="mt-2 leading-relaxed text-stone-800">{t('intro')}</p>

      <nav aria-label={t('onThisPage')} className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a className={link} href={`#${id}`}>
                {t(`nav.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="finding" title={t('finding.title')}>
        <p>{t.rich('finding.p1', { home: to('/') })}</p>
        <p>{t.rich('finding.p2', { releases: to('/releases') })}</p>
      </Section>

      <Section id="status" title={t('status.title')}>
        <p>{t('status.p1')}</p>
        <dl className="space-y-2">
          <Term term={t('status.availableTerm')}>{t('status.availableText')}</Term>
          <Term term={t('status.offTerm')}>{t('status.offText')}</Term>
          <Term term={t('status.leaveTerm')}>{t('status.leaveText')}</Term>
          <Term term={t('status.confirmedTerm')}>{t('status.confirmedText')}</Term>
        </dl>
      </Section>

      <Section id="calling" title={t('calling.title')}>
        <p>{t('calling.p1')}</p>
        <p>{t('calling.p2')}</p>
      </Section>

      <Section id="requests" title={t('requests.title')}>
        <p>{t('requests.p1')}</p>
        <p>{t('requests.p2')}</p>
        <p>{t('requests.p3')}</p>
      </Section>

      <Section id="following" title={t('following.title')}>
        <p>
          {t.rich('following.p1', {
            feed: (chunks) => (
              <a className={link} href={localizedPath(locale, '/feeds/releases.xml')}>
                {chunks}
              </a>
            ),
            code: (chunks) => <code className="rounded bg-stone-200 px-1">{chunks}</code>,
          })}
        </p>
      </Section>

      <Section id="officers" title={t('officers.title')}>
        <p>
          {t.rich('officers.p1', {
            // The staff workspace is English only: the same sign-in page from every language.
            signin: (chunks) => (
              <Link className={link} href="/sign-in">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <p>{t('officers.p2')}</p>
      </Section>

      <Section id="privacy" title={t('privacy.title')}>
        <p>{t('privacy.p1')}</p>
        <p>{t('privacy.p2')}</p>
        <p>{t('privacy.p3')}</p>
        <p>{t('privacy.p4')}</p>
        <p>{t('privacy.p5')}</p>
      </Section>
    </>
  );
}
