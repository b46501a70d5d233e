import { buildAtomFeed } from './atom';

type Release = {
  slug: string;
  title: string;
  summary: string;
  publishedOn: string;
  updatedAt: Date;
  organisations: string[];
};

/** The Atom document for a list of releases; `base` is the public address (PUBLIC_URL). */
export function releaseFeedXml(base: string, releases: Release[], city: { slug: string; name: string } | null): string {
  const self = city ? `${base}/feeds/cities/${city.slug}.xml` : `${base}/feeds/releases.xml`;
  const newest = releases.reduce((max, r) => Math.max(max, r.updatedAt.getTime()), 0);
  return buildAtomFeed({
    id: self,
    title: city ? `Pressline: releases from ${city.name}` : 'Pressline: releases',
    self,
    alternate: city ? `${base}/releases?city=${city.slug}` : `${base}/releases`,
    author: 'Pressline',
    // An empty feed has no newest entry; the epoch is a stable "never".
    updated: new Date(newest),
    entries: releases.map((r) => ({
      id: `${base}/releases/${r.slug}`,
      title: r.title,
      link: `${base}/releases/${r.slug}`,
      updated: r.updatedAt,
      published: new Date(`${r.publishedOn}T00:00:00Z`),
      summary: r.summary || r.title,
      authors: r.organisations,
    })),
  });
}

export const ATOM_HEADERS = { 'content-type': 'application/atom+xml; charset=utf-8' };
