import { describe, expect, it } from 'vitest';
import { LONGEST_SLUG, slugify, uniqueSlug } from '@/lib/slug';
import { isImpossibleSlugPath, publicSlugOf } from './public-slug';

describe('public slugs', () => {
  it('finds the slug in every public detail URL', () => {
    expect(publicSlugOf('/contacts/anna-keller')).toBe('anna-keller');
    expect(publicSlugOf('/contacts/anna-keller/vcard')).toBe('anna-keller');
    expect(publicSlugOf('/cities/geneva')).toBe('geneva');
    expect(publicSlugOf('/releases/appeal-2026')).toBe('appeal-2026');
    expect(publicSlugOf('/feeds/cities/geneva.xml')).toBe('geneva');
    expect(publicSlugOf('/releases')).toBeNull();
    expect(publicSlugOf('/staff/contacts/anna')).toBeNull();
  });

  it('refuses what no real slug can be, and never a real one', () => {
    expect(isImpossibleSlugPath(`/contacts/${'a'.repeat(300)}`)).toBe(true);
    expect(isImpossibleSlugPath(`/feeds/cities/${'a'.repeat(LONGEST_SLUG + 1)}.xml`)).toBe(true);
    expect(isImpossibleSlugPath('/contacts/Anna')).toBe(true);
    expect(isImpossibleSlugPath('/cities/gen%C3%A8ve')).toBe(true);
    expect(isImpossibleSlugPath('/contacts/')).toBe(true);
    const longest = uniqueSlug(slugify('x'.repeat(500)), (s) => !s.endsWith('-999'));
    expect(longest.length).toBeLessThanOrEqual(LONGEST_SLUG);
    for (const path of [
      `/contacts/${longest}`,
      `/contacts/${longest}/vcard`,
      `/releases/${slugify('Genève: an appeal!')}`,
      '/feeds/cities/geneva.xml',
    ])
      expect(isImpossibleSlugPath(path)).toBe(false);
  });
});
