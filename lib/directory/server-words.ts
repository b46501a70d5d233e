import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import type { DirectoryWords } from './directory-words';

/** The directory's sentences in the language the page set (lib/i18n/page.ts), for server components. */
export async function directoryWords(): Promise<DirectoryWords> {
  const [locale, availability, reach] = await Promise.all([
    getLocale(),
    getTranslations('Availability'),
    getTranslations('ReachNow'),
  ]);
  return { locale, availability, reach };
}
