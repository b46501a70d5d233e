import type { Metadata } from 'next';

const ATOM = 'application/atom+xml';
const ALL = { url: '/feeds/releases.xml', title: 'Pressline: releases' };

/** <link rel="alternate" type="application/atom+xml"> for feed readers: all releases, and a city's when given. */
export function feedAlternates(city?: { slug: string; name: string }): NonNullable<Metadata['alternates']> {
  const feeds = city
    ? [{ url: `/feeds/cities/${city.slug}.xml`, title: `Pressline: releases from ${city.name}` }, ALL]
    : [ALL];
  return { types: { [ATOM]: feeds } };
}
