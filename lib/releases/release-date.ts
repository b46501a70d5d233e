import type { Locale } from '../i18n/locales';

/** English keeps the day-month order it always had ("6 December 2021"); the others are their own. */
const TAGS: Record<Locale, string> = { en: 'en-GB', ru: 'ru', fr: 'fr' };
const formats = new Map<Locale, Intl.DateTimeFormat>();

/** "2021-12-06" → "6 December 2021", "6 декабря 2021 г.", "6 décembre 2021": a calendar date, no zone shift. */
export function formatReleaseDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}
