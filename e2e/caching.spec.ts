import type { APIRequestContext } from '@playwright/test';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CACHE_IN_FRONT } from '../playwright.config';
import { expect, test } from './fixtures';
import { expectConfirmation, fillRequest, futureDeadline, submitRequest, uniqueEmail } from './request-form';

const PUBLIC_PAGES = [
  '/',
  '/cities/geneva',
  '/contacts/marie-claudet',
  '/releases/ifrc-president-rocca-meets-president-putin',
  '/releases?city=moscow',
];

/** A cached page may be served by a CDN for a second at most, and must then be checked again. */
const SHARED_CACHE = 'public, max-age=0, s-maxage=1, stale-if-error=86400';

async function get(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  return response.headers();
}

test.use({ extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` } });

for (const path of PUBLIC_PAGES) {
  test(`${path} is served from the page cache and lets shared caches revalidate`, async ({ request }) => {
    // Another spec's write may clear the cache between two requests; a later series must still hit.
    await expect(async () => {
      const first = await get(request, path);
      const second = await get(request, path);
      expect(second['cache-control'], path).toBe(SHARED_CACHE);
      expect(second['set-cookie']).toBeUndefined();
      if (CACHE_IN_FRONT) {
        // nginx (npm run test:e2e:cache-in-front) answers the second itself, with the headers the app gave the first.
        expect(second['x-cache'], path).toBe('HIT');
        expect(Number(second['age']), path).toBeGreaterThanOrEqual(0);
        for (const name of ['cache-control', 'content-type', 'etag', 'content-security-policy', 'x-request-id'])
          expect(second[name], `${path} ${name}`).toBe(first[name]);
        // Its own `X-Accel-Expires` is read by nginx and never passed on.
        expect(second['x-accel-expires']).toBeUndefined();
        return;
      }
      expect(second['x-nextjs-cache'], path).toBe('HIT');
      // The third is answered by the server's copy of that hit (lib/server/page-cache.ts), with the same headers.
      const third = await get(request, path);
      expect(third['x-pressline-cache'], path).toBe('HIT');
      for (const name of ['cache-control', 'content-type', 'etag', 'content-security-policy', 'x-nextjs-cache'])
        expect(third[name], `${path} ${name}`).toBe(second[name]);
      expect(third['x-request-id']).not.toBe(second['x-request-id']);
      expect(third['set-cookie']).toBeUndefined();
    }).toPass({ timeout: 10_000 });
  });
}

test('a journalist’s private status page is never cached', async ({ page }) => {
  await page.goto('/cities/geneva');
  await fillRequest(page, {
    journalistName: 'Cache Check',
    outlet: 'Example Wire',
    email: uniqueEmail('cache'),
    deadline: futureDeadline(),
    topic: 'Caching',
  });
  await submitRequest(page);
  const { statusUrl } = await expectConfirmation(page);

  for (let i = 0; i < 2; i++) {
    const headers = await get(page.request, statusUrl);
    expect(headers['cache-control']).toContain('no-store');
    expect(headers['cache-control']).toContain('private');
    expect(['HIT', 'STALE']).not.toContain(headers['x-nextjs-cache']);
    expect(['HIT', 'STALE']).not.toContain(headers['x-cache']);
  }
});

test('an officer’s edit is on the very next request of every cached page that shows it', async ({ page, officer }) => {
  const { slug, citySlug } = officer.contact;
  const pages = [`/contacts/${slug}`, `/cities/${citySlug}`, `/cities/${citySlug}/sheet`];
  // Cached first, by Next and by the server's copy of its hits, so what follows proves the edit cleared both.
  // (The vCard is made per request, to answer conditional requests: decision 0063.)
  // With the cache in front, in nginx: the edit must then clear that too (its purge, lib/http/cache-purge.ts).
  const kept = CACHE_IN_FRONT ? 'x-cache' : 'x-pressline-cache';
  for (const path of pages) {
    await expect(async () => {
      await get(page.request, path);
      await get(page.request, path);
      expect((await get(page.request, path))[kept], path).toBe('HIT');
    }).toPass({ timeout: 10_000 });
  }

  const e164 = `+4420794${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;
  await page.goto('/me');
  await page.getByLabel('Number 1', { exact: true }).fill(e164);
  await page.getByRole('button', { name: 'Save and confirm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved and confirmed.' })).toBeVisible();

  for (const path of [...pages, `/contacts/${slug}/vcard`]) {
    const response = await page.request.get(path);
    const shown = path.endsWith('/vcard')
      ? e164
      : path.endsWith('/sheet')
        ? parsePhoneNumberFromString(e164)!.formatInternational()
        : `tel:${e164}`;
    expect(await response.text(), path).toContain(shown);
  }
});
