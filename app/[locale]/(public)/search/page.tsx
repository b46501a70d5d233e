import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/search-form';
import { SearchResults } from '@/components/search-results';
import { searchDirectory } from '@/db/queries/directory';
import { asLocale, localizedPath } from '@/lib/i18n/locales';
import { pageLocale } from '@/lib/i18n/page';
import { languageAlternates } from '@/lib/sharing/page-metadata';

// Rendered per request (it reads ?q=): every query is different, and a search costs a few
// milliseconds (bench/README.md), so a cache would mostly hold one-off pages.

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> };

const queryOf = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw) ?? '';

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = asLocale(requested);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const q = queryOf((await searchParams).q)
    .trim()
    .slice(0, 60);
  // Never indexed; the languages are named all the same, for readers and their tools.
  return {
    title: q ? t('metaTitleQuery', { query: q }) : t('metaTitle'),
    robots: { index: false },
    alternates: { languages: languageAlternates('/search') },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const q = queryOf((await searchParams).q);
  const outcome = await searchDirectory(q, locale);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <SearchForm
        initial={q}
        action={localizedPath(locale, '/search')}
        label={t('formLabel')}
        placeholder={t('placeholder')}
        button={t('button')}
      />
      {outcome.status === 'empty' && <p className="mt-3">{t('empty')}</p>}
      {outcome.status === 'no-words' && (
        <p role="status" className="mt-3">
          {t('noWords')}
        </p>
      )}
      {outcome.status === 'ok' && <SearchResults outcome={outcome} />}
    </>
  );
}
