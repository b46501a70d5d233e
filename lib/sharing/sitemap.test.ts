import { describe, expect, it } from 'vitest';
import { sitemapEntries } from './sitemap';

// The XML Next writes from these entries is read back with fast-xml-parser in e2e/i18n-chrome.spec.ts.
const BASE = 'https://press.example.org';

describe('sitemap', () => {
  it('lists each page in English, Russian and French, each naming all three and English as x-default', () => {
    const changed = new Date('2026-11-30T10:00:00Z');
    const entries = sitemapEntries(BASE, [{ path: '/' }, { path: '/cities/moscow', lastModified: changed }]);
    expect(entries.map((e) => e.url)).toEqual([
      `${BASE}/`,
      `${BASE}/ru`,
      `${BASE}/fr`,
      `${BASE}/cities/moscow`,
      `${BASE}/ru/cities/moscow`,
      `${BASE}/fr/cities/moscow`,
    ]);
    for (const entry of entries.slice(3)) {
      expect(entry.lastModified).toBe(changed);
      expect(entry.alternates?.languages).toEqual({
        en: `${BASE}/cities/moscow`,
        ru: `${BASE}/ru/cities/moscow`,
        fr: `${BASE}/fr/cities/moscow`,
        'x-default': `${BASE}/cities/moscow`,
      });
    }
    expect(entries[0]).not.toHaveProperty('lastModified');
    expect(entries[1]!.alternates?.languages).toMatchObject({ en: `${BASE}/`, ru: `${BASE}/ru`, fr: `${BASE}/fr` });
  });
});
