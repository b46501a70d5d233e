import { describe, expect, it } from 'vitest';
import { cachedPagePaths, withCompanions } from './public-companions';

describe('withCompanions', () => {
  it('adds a city page its contact sheet and share image, a release page its share image', () => {
    expect(withCompanions(['/', '/cities/moscow', '/releases/rocca-visit', '/contacts/ayuna-batoeva'])).toEqual([
      '/',
      '/cities/moscow',
      '/cities/moscow/sheet',
      '/cities/moscow/opengraph-image-kl51ql',
      '/releases/rocca-visit',
      '/releases/rocca-visit/opengraph-image-4a5sw0',
      '/contacts/ayuna-batoeva',
    ]);
  });

  it('names each URL once, and leaves sub-pages and feeds as they are', () => {
    expect(withCompanions(['/cities/geneva', '/cities/geneva', '/contacts/x/vcard', '/feeds/releases.xml'])).toEqual([
      '/cities/geneva',
      '/cities/geneva/sheet',
      '/cities/geneva/opengraph-image-kl51ql',
      '/contacts/x/vcard',
      '/feeds/releases.xml',
    ]);
  });

  it('names where Next keeps each page: once per language, English under /en', () => {
    expect(cachedPagePaths(['/', '/contacts/ayuna-batoeva'])).toEqual([
      '/en',
      '/ru',
      '/fr',
      '/en/contacts/ayuna-batoeva',
      '/ru/contacts/ayuna-batoeva',
      '/fr/contacts/ayuna-batoeva',
    ]);
  });
});
