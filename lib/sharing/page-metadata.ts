import type { Metadata } from 'next';
import { feedAlternates } from '@/lib/releases/feed-links';

/**
 * What a link to a public page shows where it is shared (chats, social sites, search results):
 * the canonical address, a title and description, and OpenGraph and Twitter card tags. Paths are
 * relative: the root layout's `metadataBase` (the configured PUBLIC_URL) makes them absolute. The
 * share image comes from the route's opengraph-image file where there is one; Twitter falls back
 * to og:image when it has no twitter:image of its own.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  publishedOn,
  alternates = feedAlternates(),
}: {
  title: string;
  description: string;
  path: string;
  type?: 'website' | 'article' | 'profile';
  publishedOn?: string;
  /** A page's alternates replace the layout's: the Atom feeds it points to (all releases by default). */
  alternates?: Metadata['alternates'];
}): Metadata {
  return {
    title,
    description,
    alternates: { ...alternates, canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      siteName: 'Pressline',
      locale: 'en_GB',
      ...(type === 'article' ? { type, publishedTime: publishedOn } : { type }),
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}
