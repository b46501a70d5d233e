import type { Metadata } from 'next';
import { SearchForm } from '@/components/search-form';
import { SearchResults } from '@/components/search-results';
import { searchDirectory } from '@/db/queries/directory';
import { pageLocale } from '@/lib/i18n/page';

// Rendered per request (it reads ?q=): every query is different, and a search costs a few
// milliseconds (bench/README.md), so a cache would mostly hold one-off pages.

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> };

const queryOf = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw) ?? '';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = queryOf((await searchParams).q)
    .trim()
    .slice(0, 60);
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const q = queryOf((await searchParams).q);
  const outcome = await searchDirectory(q);
  return (
    <>
      <h1 className="text-2xl font-bold">Search</h1>
      <SearchForm initial={q} />
      {outcome.status === 'empty' && (
        <p className="mt-3">Type a name, a city, a language or words from a release. Results appear as you type.</p>
      )}
      {outcome.status === 'no-words' && (
        <p role="status" className="mt-3">
          There is nothing to search for in what you typed: search looks for words, so type at least one letter or
          digit. Quotes, stars, dashes and other symbols are ignored.
        </p>
      )}
      {outcome.status === 'ok' && <SearchResults outcome={outcome} />}
    </>
  );
}
