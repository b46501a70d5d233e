import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import ru from '@/messages/ru.json';
import { localizedPath, type Locale } from '../i18n/locales';

const ATOM = 'application/atom+xml';

/** The "Feeds" catalogue's two titles, in the reader's language (next-intl's `t` for namespace "Feeds"). */
export type FeedTitles = (key: 'title' | 'cityTitle', values?: { city: string }) => string;

const CATALOGUES = { en, ru, fr } as const;

/** The feed titles in `locale`, from its catalogue (no request needed: metadata of static pages uses them). */
export function feedTitlesIn(locale: Locale): FeedTitles {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'Feeds' });
  return (key, values) => (key === 'title' ? t('title') : t('cityTitle', { city: values?.city ?? '' }));
}

/**
 * <link rel="alternate" type="application/atom+xml"> for feed readers: all releases, and a city's when given,
 * in the reader's language (the feeds under /ru/, /fr/ have their titles and links in it).
 */
export function feedAlternates(
  city?: { slug: string; name: string },
  { locale, t = feedTitlesIn(locale) }: { locale: Locale; t?: FeedTitles } = { locale: 'en' },
): NonNullable<Metadata['alternates']> {
  const all = { url: localizedPath(locale, '/feeds/releases.xml'), title: t('title') };
  const feeds = city
    ? [
        { url: localizedPath(locale, `/feeds/cities/${city.slug}.xml`), title: t('cityTitle', { city: city.name }) },
        all,
      ]
    : [all];
  return { types: { [ATOM]: feeds } };
}
