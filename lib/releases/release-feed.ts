import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import { localizedPath, type Locale } from '../i18n/locales';
import { translatorFor } from '../i18n/translator';
import { buildAtomFeed } from './atom';

type Translator = Awaited<ReturnType<typeof translatorFor>>;
const english: Translator = createTranslator({ locale: 'en', messages: en });

type Release = {
  slug: string;
  title: string;
  summary: string;
  publishedOn: string;
  updatedAt: Date;
  organisations: string[];
  /** The release's own language: its entry says so (xml:lang), whatever the feed's language */
  language: string;
};

/**
 * The Atom document for a list of releases; `base` is the public address (PUBLIC_URL). The feed's title and
 * links are in the reader's language (`locale`); each entry keeps its release's own.
 */
export function releaseFeedXml(
  base: string,
  releases: Release[],
  city: { slug: string; name: string } | null,
  { locale, t }: { locale: Locale; t: Translator } = { locale: 'en', t: english },
): string {
  const at = (path: string) => `${base}${localizedPath(locale, path)}`;
  const self = at(city ? `/feeds/cities/${city.slug}.xml` : '/feeds/releases.xml');
  const newest = releases.reduce((max, r) => Math.max(max, r.updatedAt.getTime()), 0);
  return buildAtomFeed({
    id: self,
    title: city ? t('Feeds.cityTitle', { city: city.name }) : t('Feeds.title'),
    lang: locale,
    self,
    alternate: at(city ? `/releases?city=${city.slug}` : '/releases'),
    author: t('Feeds.author'),
    // An empty feed has no newest entry; the epoch is a stable "never".
    updated: new Date(newest),
    entries: releases.map((r) => ({
      // The entry's id is the release's English address in every feed: one release, one id.
      id: `${base}/releases/${r.slug}`,
      title: r.title,
      link: at(`/releases/${r.slug}`),
      updated: r.updatedAt,
      published: new Date(`${r.publishedOn}T00:00:00Z`),
      summary: r.summary || r.title,
      authors: r.organisations,
      lang: r.language,
    })),
  });
}

/** The feed in `locale`, its translator loaded for it (the routes under app/[locale]/feeds). */
export async function localizedReleaseFeedXml(
  base: string,
  releases: Release[],
  city: { slug: string; name: string } | null,
  locale: Locale,
): Promise<string> {
  return releaseFeedXml(base, releases, city, { locale, t: await translatorFor(locale) });
}

export const ATOM_HEADERS = { 'content-type': 'application/atom+xml; charset=utf-8' };
