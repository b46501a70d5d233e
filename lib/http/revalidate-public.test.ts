import { describe, expect, it } from 'vitest';
import { changedPublicPaths } from './revalidate-public';

describe('changedPublicPaths', () => {
  it('names each changed page with its companions in every language, the sitemap, and the releases list when it changed', () => {
    const paths = changedPublicPaths(['/cities/moscow', '/contacts/ayuna-batoeva', '/cities/moscow'], {
      releaseLists: true,
    });
    expect(paths).toEqual([
      '/cities/moscow',
      '/ru/cities/moscow',
      '/fr/cities/moscow',
      '/cities/moscow/sheet',
      '/ru/cities/moscow/sheet',
      '/fr/cities/moscow/sheet',
      expect.stringMatching(/^\/en\/cities\/moscow\/opengraph-image-[0-9a-z]{1,6}$/),
      expect.stringMatching(/^\/ru\/cities\/moscow\/opengraph-image-[0-9a-z]{1,6}$/),
      expect.stringMatching(/^\/fr\/cities\/moscow\/opengraph-image-[0-9a-z]{1,6}$/),
      '/contacts/ayuna-batoeva',
      '/ru/contacts/ayuna-batoeva',
      '/fr/contacts/ayuna-batoeva',
      '/sitemap.xml',
      '/releases',
      '/ru/releases',
      '/fr/releases',
    ]);
    expect(changedPublicPaths(['/contacts/ayuna-batoeva'], { releaseLists: false })).toEqual([
      '/contacts/ayuna-batoeva',
      '/ru/contacts/ayuna-batoeva',
      '/fr/contacts/ayuna-batoeva',
      '/sitemap.xml',
    ]);
  });

  it('lists paths only: nothing a purge could not name', () => {
    for (const path of changedPublicPaths(['/', '/releases/a-release'], { releaseLists: true }))
      expect(path).toMatch(/^\/[^?#]*$/);
  });
});
