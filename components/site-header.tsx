import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '@/lib/i18n/locales';
import { LanguageSwitch } from './language-switch';
import { SearchHeaderBox } from './search-header-box';

/**
 * The site's header in `locale`: home, releases, the search box and, on public pages, the language switch
 * (staff and sign-in pages are English only, so theirs has none).
 */
export async function SiteHeader({
  locale = DEFAULT_LOCALE,
  languageSwitch = false,
}: {
  locale?: Locale;
  languageSwitch?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'Header' });
  const common = await getTranslations({ locale, namespace: 'Common' });
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link
          href={localizedPath(locale, '/')}
          className="inline-flex min-h-6 items-center text-xl font-bold tracking-tight"
        >
          {common('siteName')}
        </Link>
        <nav aria-label={t('navLabel')} className="flex gap-4 text-sm">
          <Link
            href={localizedPath(locale, '/releases')}
            className="inline-flex min-h-6 items-center underline-offset-4 hover:underline"
          >
            {t('releases')}
          </Link>
        </nav>
        {languageSwitch && <LanguageSwitch />}
        <SearchHeaderBox
          action={localizedPath(locale, '/search')}
          label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          button={t('searchButton')}
        />
      </div>
    </header>
  );
}
