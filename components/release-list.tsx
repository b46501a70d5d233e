import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReleaseListItem } from '@/db/queries/directory';
import { isLocale, localizedPath } from '@/lib/i18n/locales';
import { formatReleaseDate } from '@/lib/releases/release-date';

type Item = Omit<ReleaseListItem, 'dateline' | 'language'> & { dateline?: string[]; language?: string };

/**
 * Releases as a list, in the reader's language (links, dates); a release's own text (title, dateline, summary)
 * keeps its own language, marked with lang when it is not the page's.
 */
export async function ReleaseList({ items, headingLevel = 'h3' }: { items: Item[]; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : 'en';
  if (items.length === 0) {
    const t = await getTranslations({ locale, namespace: 'ReleaseList' });
    return <p className="text-stone-700">{t('empty')}</p>;
  }
  return (
    <ul className="divide-y divide-stone-200">
      {items.map((r) => {
        const lang = r.language && r.language !== locale ? r.language : undefined;
        return (
          <li key={r.slug} className="py-3">
            <Heading className="font-semibold" lang={lang}>
              <Link
                href={localizedPath(locale, `/releases/${r.slug}`)}
                className="text-blue-800 underline-offset-4 hover:underline"
              >
                {r.title}
              </Link>
            </Heading>
            <p className="text-sm text-stone-700">
              {r.dateline?.length ? <span lang={lang}>{`${r.dateline.join('/')}, `}</span> : ''}
              <time dateTime={r.publishedOn}>{formatReleaseDate(r.publishedOn, locale)}</time>
            </p>
            {r.summary && (
              <p className="mt-1 text-stone-800" lang={lang}>
                {r.summary}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
