'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { LOCALE_ENDONYMS, LOCALES, localizedPath, type Locale } from '@/lib/i18n/locales';
import { switchPath } from '@/lib/i18n/switch-path';

/**
 * Links to this page in each language, each named in its own language. Plain links, right in the
 * server's HTML, so they work without JavaScript: the path comes from usePathname, which on the server
 * is the path the page was rendered for (with the release list's rewrite undone by switchPath). A
 * cached page never sees its query string on the server, so the links that keep one (?city=, ?q=) are
 * completed in the browser, where useSearchParams reads it; until then the server's links stand.
 */
export function LanguageSwitch() {
  const pathname = usePathname();
  return (
    <Suspense fallback={<Links path={switchPath(pathname)} />}>
      <WithQuery pathname={pathname} />
    </Suspense>
  );
}

function WithQuery({ pathname }: { pathname: string }) {
  const search = useSearchParams();
  return <Links path={switchPath(pathname, search.toString())} />;
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
