import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { localizedPath, type Locale } from '@/lib/i18n/locales';

const LINK = 'inline-flex min-h-6 items-center text-blue-800 underline';

/** What the Not found page says: for unknown addresses and unknown contacts, releases and cities, with status 404. */
export async function NotFoundText({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2">{t('text')}</p>
      <ul className="mt-4 flex flex-col gap-2">
        <li>
          {t.rich('allCities', {
            link: (chunks) => (
              <Link href={localizedPath(locale, '/')} className={LINK}>
                {chunks}
              </Link>
            ),
          })}
        </li>
        <li>
          <Link href={localizedPath(locale, '/releases')} className={LINK}>
            {t('latest')}
          </Link>
        </li>
        <li>{t('searchHint')}</li>
      </ul>
    </>
  );
}
