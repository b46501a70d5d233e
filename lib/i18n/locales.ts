/**
 * The languages a journalist can read Pressline in. English keeps today's URLs (no prefix); the others live
 * under their own prefix (/ru/…, /fr/…). Staff pages stay in English. Decision 0084.
 */
export const LOCALES = ['en', 'ru', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a route parameter names, or English for anything else (generateMetadata runs before pageLocale's 404). */
export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Each language's name in itself, for the language switch and "Also in: …". */
export const LOCALE_ENDONYMS: Record<Locale, string> = { en: 'English', ru: 'Русский', fr: 'Français' };

/** The public URL of `path` (a path without prefix, e.g. "/cities/moscow") in `locale`. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** Splits "/ru/cities/moscow" into ru + "/cities/moscow"; a path without prefix is English. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/(ru|fr)(?=\/|$)(.*)$/.exec(pathname);
  if (!match) return { locale: DEFAULT_LOCALE, path: pathname };
  return { locale: match[1] as Locale, path: match[2] || '/' };
}

/** Every language's URL of one public path, e.g. for cache invalidation and hreflang alternates. */
export function allLocalizedPaths(path: string): string[] {
  return LOCALES.map((locale) => localizedPath(locale, path));
}
