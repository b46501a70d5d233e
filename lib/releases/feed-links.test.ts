import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator';
import { feedAlternates } from './feed-links';

describe('feedAlternates', () => {
  it('names the feeds as before in English, and in the reader’s language under its prefix', async () => {
    expect(feedAlternates({ slug: 'moscow', name: 'Moscow' })).toEqual({
      types: {
        'application/atom+xml': [
          { url: '/feeds/cities/moscow.xml', title: 'Pressline: releases from Moscow' },
          { url: '/feeds/releases.xml', title: 'Pressline: releases' },
        ],
      },
    });
    const t = await translatorFor('fr');
    const fr = feedAlternates(undefined, { locale: 'fr', t: (key, values) => t(`Feeds.${key}`, values as never) });
    expect(fr.types!['application/atom+xml']).toEqual([
      { url: '/fr/feeds/releases.xml', title: 'Pressline\u00a0: communiqués' },
    ]);
    // Without a translator given, the locale's own catalogue names them.
    expect(feedAlternates({ slug: 'moscow', name: 'Москва' }, { locale: 'ru' }).types).toEqual({
      'application/atom+xml': [
        { url: '/ru/feeds/cities/moscow.xml', title: 'Pressline: пресс-релизы — Москва' },
        { url: '/ru/feeds/releases.xml', title: 'Pressline: пресс-релизы' },
      ],
    });
  });
});
