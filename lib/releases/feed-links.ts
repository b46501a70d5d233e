import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import { localizedPath, type Locale } from '../i18n/locales';

const ATOM = 'application/atom+xml';

/** The "Feeds" catalogue's two titles, in the reader's language (next-intl's `t` for namespace "Feeds"). */
export type FeedTitles = (key: 'title' | 'cityTitle', values?: { city: string }) => string;

const englishFeeds = createTranslator({ locale: 'en', messages: en, namespace: 'Feeds' });
const ENGLISH: FeedTitles = (key, values) =>
  key === 'title' ? englishFeeds('title') : englishFeeds('cityTitle', { city: values?.city ?? '' });

/**
 * <link rel="alternate" type="application/atom+xml"> for feed readers: all releases, and a city's when given,
 * in the reader's language (the feeds under /ru/, /fr/ have their titles and links in it).
 */
export function feedAlternates(
  city?: { slug: string; name: string },
  { locale, t }: { locale: Locale; t: FeedTitles } = { locale: 'en', t: ENGLISH },
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
