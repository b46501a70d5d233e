import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReleaseTranslation } from '@/db/queries/releases';
import { isLocale, LOCALE_ENDONYMS, localizedPath, type Locale } from '@/lib/i18n/locales';
import { languageEndonym } from '@/lib/releases/languages';

/** A language's name in itself, as a reader looks for it: "Русский", "Français". */
export function endonym(code: string): string {
  return isLocale(code) ? LOCALE_ENDONYMS[code] : languageEndonym(code);
}

/**
 * "Also in: Русский · Français": the same release in other languages, each name in its own language, each link
 * in the reader's URL language (the page around the release stays in it).
 */
export async function ReleaseTranslations({
  translations,
  locale,
}: {
  translations: ReleaseTranslation[];
  locale: Locale;
}) {
  if (translations.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'ReleasePage' });
  return (
    <nav aria-label={t('alsoInLabel')} className="mt-2 text-stone-800">
      {t('alsoIn')}{' '}
      {translations.map((tr, i) => (
        <span key={tr.slug}>
          {i > 0 && ' · '}
          <Link
            href={localizedPath(locale, `/releases/${tr.slug}`)}
            lang={tr.language}
            hrefLang={tr.language}
            className="inline-flex min-h-6 items-center font-semibold text-blue-800 underline"
          >
            {endonym(tr.language)}
          </Link>
        </span>
      ))}
    </nav>
  );
}
