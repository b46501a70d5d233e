import type { MetadataRoute } from 'next';
import { LOCALES, localizedPath } from '@/lib/i18n/locales';
import { languageAlternates } from './page-metadata';

/** A public page without its language prefix, and when what it shows last changed (if known). */
export type SitemapPage = { path: string; lastModified?: Date };

/**
 * Every page in every language: one <url> per language, each naming all the page's languages
 * (hreflang, with English as x-default), as search engines ask of a multilingual sitemap.
 */
export function sitemapEntries(base: string, pages: SitemapPage[]): MetadataRoute.Sitemap {
  return pages.flatMap(({ path, lastModified }) => {
    const languages = Object.fromEntries(
      Object.entries(languageAlternates(path)).map(([hreflang, href]) => [hreflang, `${base}${href}`]),
    );
    return LOCALES.map((locale) => ({
      url: `${base}${localizedPath(locale, path)}`,
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages },
    }));
  });
}
