import { isLocale } from '@/lib/i18n/locales';
import { localeName } from '@/lib/i18n/sync-translator';

/**
 * "RU": the request was written from the Russian pages, so the journalist's e-mails and status page are in
 * Russian. Nothing for English. The letters are for the eye; a screen reader hears "Written in Russian".
 */
export function RequestLocaleBadge({ locale }: { locale: string }) {
  if (!isLocale(locale) || locale === 'en') return null;
  const written = `Written in ${localeName(locale)}`;
  return (
    <span
      className="rounded border border-stone-500 px-1.5 py-0.5 text-xs font-bold text-stone-800"
      title={written}
      data-request-locale={locale}
    >
      <span aria-hidden="true">{locale.toUpperCase()}</span>
      <span className="sr-only">{written}</span>
    </span>
  );
}
