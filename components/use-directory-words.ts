'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { DirectoryWords } from '@/lib/directory/directory-words';

/** The directory's sentences in the page's language, for the islands that keep statuses current. */
export function useDirectoryWords(): DirectoryWords {
  const availability = useTranslations('Availability');
  const reach = useTranslations('ReachNow');
  return { locale: useLocale(), availability, reach };
}
