import { describe, expect, it } from 'vitest';
import { PUBLIC_PAGE_CACHE_CONTROL } from '@/lib/http/cache-control';
import { keepInFrontSeconds, MAX_KEEP_SECONDS } from './keep-in-front';

const answer = (headers: Record<string, string>, statusCode = 200) => ({
  statusCode,
  getHeader: (name: string) => headers[name.toLowerCase()],
});
const page = answer({ 'x-nextjs-cache': 'HIT', 'cache-control': PUBLIC_PAGE_CACHE_CONTROL });
const now = Date.parse('2026-12-07T07:00:00Z');

describe('keepInFrontSeconds', () => {
  it("keeps Next's cached pages until a few seconds after the next availability refresh, at most ten minutes", () => {
    expect(keepInFrontSeconds('/cities/moscow', page, { now, nextRefreshAt: Infinity })).toBe(MAX_KEEP_SECONDS);
    expect(keepInFrontSeconds('/cities/moscow', page, { now, nextRefreshAt: now + 61_000 })).toBe(65);
    // Due already (the refresh is running): a few seconds, so the copy made before it goes soon after.
    expect(keepInFrontSeconds('/', page, { now, nextRefreshAt: now - 2_000 })).toBe(2);
    expect(keepInFrontSeconds('/', page, { now, nextRefreshAt: now - 60_000 })).toBe(1);
  });

  it('leaves query strings, route handlers, errors and private answers to the app’s own header', () => {
    const far = { now, nextRefreshAt: Infinity };
    expect(keepInFrontSeconds('/releases?city=moscow&page=2', page, far)).toBeNull();
    expect(keepInFrontSeconds('/cities/moscow?_rsc=1x2y', page, far)).toBeNull();
    const feed = answer({ 'cache-control': PUBLIC_PAGE_CACHE_CONTROL });
    expect(keepInFrontSeconds('/feeds/releases.xml', feed, far)).toBeNull();
    const missing = answer({ 'x-nextjs-cache': 'MISS', 'cache-control': 'private, no-store' }, 404);
    expect(keepInFrontSeconds('/cities/atlantis', missing, far)).toBeNull();
    const staff = answer({ 'x-nextjs-cache': 'HIT', 'cache-control': 'private, no-cache, no-store' });
    expect(keepInFrontSeconds('/staff', staff, far)).toBeNull();
  });
});
