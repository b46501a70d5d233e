import { expect, test, type Page } from '@playwright/test';
import { CACHE_IN_FRONT } from '../playwright.config';

const PAGES = [
  '/',
  '/about',
  '/cities/geneva',
  '/contacts/ayuna-batoeva',
  '/releases/ifrc-president-rocca-meets-president-putin',
  '/search?q=moscow',
];

/** Records CSP violations as the browser reports them, from before the first script runs. */
async function watchViolations(page: Page) {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { console, events: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

test('every page sends the security headers, and a strict script policy without unsafe-inline', async ({ request }) => {
  for (const path of PAGES) {
    const res = await request.get(path);
    const h = res.headers();
    expect(res.status(), path).toBe(200);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBeTruthy();
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['x-request-id'], path).toMatch(/^[0-9a-f-]{36}$/);
    const csp = h['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Served over plain http here: no HSTS (see tests/faults/https-headers.test.ts for https).
    expect(h['strict-transport-security'], path).toBeUndefined();
  }
  const status = await request.get('/request-status/not-a-real-token-aaaaaaaaaaaa');
  expect(status.headers()['referrer-policy']).toBe('no-referrer');
});

test('reading sets no cookies, as the about page promises', async ({ request }) => {
  for (const path of [
    ...PAGES,
    '/releases',
    '/contacts/ayuna-batoeva/vcard',
    '/feeds/releases.xml',
    '/api/v1/cities',
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(
      res.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie'),
      path,
    ).toEqual([]);
  }
});

test('public pages stay cached: the second visit is a cache hit with the same policy', async ({ request }) => {
  await request.get('/cities/nairobi');
  const second = await request.get('/cities/nairobi');
  // With the cache in front (npm run test:e2e:cache-in-front), nginx keeps it; else Next does.
  expect(second.headers()[CACHE_IN_FRONT ? 'x-cache' : 'x-nextjs-cache']).toBe('HIT');
  const third = await request.get('/cities/nairobi');
  expect(third.headers()['content-security-policy']).toBe(second.headers()['content-security-policy']);
  const etag = third.headers()['etag'];
  expect(etag).toBeTruthy();
  const notModified = await request.get('/cities/nairobi', { headers: { 'if-none-match': etag! } });
  expect(notModified.status()).toBe(304);
  // The app's revalidation answer carries no policy: a cache keeps the page's own instead of a hash-less one.
  // nginx answers from its copy, with that copy's own policy.
  expect(notModified.headers()['content-security-policy']).toBe(
    CACHE_IN_FRONT ? third.headers()['content-security-policy'] : undefined,
  );
});

test('pages hydrate under the policy with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ['/cities/geneva', '/contacts/ayuna-batoeva']) {
    await page.goto(path);
    // The local clock is a client island: it only appears once React has hydrated.
    await expect(page.getByText(/^It is \w{3} \d\d:\d\d in/)).toBeVisible();
    expect(await violations.events(), path).toEqual([]);
  }
  await page.goto('/releases/ifrc-president-rocca-meets-president-putin');
  await expect(page.getByRole('button', { name: 'Send interview request' })).toBeVisible();
  expect(await violations.events()).toEqual([]);
  // A client-side navigation fetches the next page's payload and chunks under the same policy.
  await page.goto('/');
  await page
    .getByRole('link', { name: /Moscow/ })
    .first()
    .click();
  await expect(page.getByText(/^It is \w{3} \d\d:\d\d in Moscow/)).toBeVisible();
  expect(await violations.events()).toEqual([]);
  expect(violations.console).toEqual([]);
});

test('an inline script injected into a page is refused by the browser, and the page still works', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.route('**/cities/geneva', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-length'];
    delete headers['content-encoding'];
    const body = (await response.text()).replace(
      '<main',
      '<script>window.__xss = 1</script><img src="data:," onerror="window.__xss = 2"><main',
    );
    await route.fulfill({ status: response.status(), headers, body });
  });
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  await page.goto('/cities/geneva');
  await expect(page.getByText(/^It is \w{3} \d\d:\d\d in Geneva/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialog).toBe(false);
  await expect.poll(() => violations.events()).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
});
