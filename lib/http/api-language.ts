import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales';

/**
 * The language of the API's error messages: `?lang=` when it names one of ours, else the best of
 * `Accept-Language` we have, else English. Only errors are worded; data answers are the same in every
 * language. `fromHeader`: the answer depended on Accept-Language, so it must say `Vary: Accept-Language`.
 */
export type ApiLanguage = { locale: Locale; fromHeader: boolean };

export function apiLanguage(request: Request): ApiLanguage {
  const asked = new URL(request.url).searchParams.get('lang');
  if (isLocale(asked)) return { locale: asked, fromHeader: false };
  return { locale: fromAcceptLanguage(request.headers.get('accept-language')), fromHeader: true };
}

/**
 * "fr-CH, fr;q=0.9, en;q=0.8" → fr. Ranges by q (ties keep their order); a region falls back to its
 * language (ru-RU → ru); q=0 means "not this"; `*` or nothing we have → English.
 */
export function fromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .split(',')
    .slice(0, 32) // a header of thousands of ranges buys nothing
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { language } of ranges) if (isLocale(language)) return language;
  return DEFAULT_LOCALE;
}
