'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams, useSelectedLayoutSegments } from 'next/navigation';
import { LOCALE_ENDONYMS, LOCALES, localizedPath, type Locale } from '@/lib/i18n/locales';
import { switchPath } from '@/lib/i18n/switch-path';

const ROUTE_GROUP = /^\(.+\)$/;

/**
 * Links to this page in each language, each named in its own language. Plain links, right in the
 * server's HTML, so they work without JavaScript. The page is read from the route's segments below the
 * language (the same on the server, in the cached HTML, and in the browser, and they follow client-side
 * navigation): a cached page never sees its query string, but the list of releases is routed by its
 * city and page (/release-list/geneva/2), which switchPath turns back into /releases?city=geneva&page=2.
 * Only the search page, rendered per request, reads its query string (?q=) — without a Suspense
 * boundary, whose streamed inline scripts the CSP would refuse.
 */
export function LanguageSwitch() {
  const segments = useSelectedLayoutSegments();
  const path = switchPath(`/${segments.filter((s) => !ROUTE_GROUP.test(s)).join('/')}`);
  return path === '/search' ? <OnSearchPage /> : <Links path={path} />;
}

function OnSearchPage() {
  const query = useSearchParams();
  return <Links path={switchPath('/search', query.toString())} />;
}

function Links({ path }: { path: string }) {
  const current = useLocale() as Locale;
  const t = useTranslations('LanguageSwitch');
  return (
    <nav aria-label={t('label')} className="text-sm">
      <ul className="flex gap-3">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={localizedPath(locale, path)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'page' : undefined}
              className="inline-flex min-h-6 items-center underline-offset-4 hover:underline aria-[current=page]:font-bold aria-[current=page]:underline"
            >
              {LOCALE_ENDONYMS[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
