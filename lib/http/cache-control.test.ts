import { describe, expect, it } from 'vitest';
import { PUBLIC_PAGE_CACHE_CONTROL, sharedCacheControl } from './cache-control';

describe('sharedCacheControl', () => {
  it('replaces the year-long shared cache Next gives cached pages', () => {
    expect(sharedCacheControl('s-maxage=31536000')).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(sharedCacheControl('s-maxage=900, stale-while-revalidate=2700')).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(sharedCacheControl('S-MaxAge=31536000')).toBe(PUBLIC_PAGE_CACHE_CONTROL);
  });

  it('leaves dynamic, private and immutable answers alone', () => {
    const dynamic = 'private, no-cache, no-store, max-age=0, must-revalidate';
    expect(sharedCacheControl(dynamic)).toBe(dynamic);
    expect(sharedCacheControl('public, max-age=31536000, immutable')).toBe('public, max-age=31536000, immutable');
    expect(sharedCacheControl('private, s-maxage=10')).toBe('private, s-maxage=10');
    expect(sharedCacheControl(undefined)).toBeUndefined();
    expect(sharedCacheControl(['a', 'b'])).toEqual(['a', 'b']);
  });
});
