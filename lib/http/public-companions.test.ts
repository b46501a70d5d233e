import { describe, expect, it } from 'vitest';
import { withCompanions } from './public-companions';

describe('withCompanions', () => {
  it('adds a city page its contact sheet and share image, a release page its share image', () => {
    expect(withCompanions(['/', '/cities/moscow', '/releases/rocca-visit', '/contacts/ayuna-batoeva'])).toEqual([
      '/',
      '/cities/moscow',
      '/cities/moscow/sheet',
      '/cities/moscow/opengraph-image-1dn5y7',
      '/releases/rocca-visit',
      '/releases/rocca-visit/opengraph-image-11sbsb',
      '/contacts/ayuna-batoeva',
    ]);
  });

  it('names each URL once, and leaves sub-pages and feeds as they are', () => {
    expect(withCompanions(['/cities/geneva', '/cities/geneva', '/contacts/x/vcard', '/feeds/releases.xml'])).toEqual([
      '/cities/geneva',
      '/cities/geneva/sheet',
      '/cities/geneva/opengraph-image-1dn5y7',
      '/contacts/x/vcard',
      '/feeds/releases.xml',
    ]);
  });
});
