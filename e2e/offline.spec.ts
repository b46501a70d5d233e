import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expectConfirmation, fillRequest, futureDeadline, requestForm, uniqueEmail } from './request-form';

test.use({
  serviceWorkers: 'allow',
  extraHTTPHeaders: { 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 250) + 1}` },
});

const OFFLINE_NOTE = /^Offline — details as of \d{2}:\d{2} \(Moscow\)$/;

/** Whether the service worker has kept this path (lib/offline/cache-versions.ts names its caches). */
function isKept(page: Page, path: string) {
  return page.evaluate(async (p) => {
    for (const name of await caches.keys())
      if (name.startsWith('pressline-pages-') && (await (await caches.open(name)).match(p))) return true;
    return false;
  }, path);
}

/**
 * Opens the Moscow page once, the way a journalist does on a first visit (before any worker runs), and
 * waits until the worker has kept it and its contacts.
 */
async function openMoscowWithWorker(page: Page) {
  await page.goto('/cities/moscow');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  for (const path of ['/cities/moscow', '/contacts/ayuna-batoeva', '/contacts/ayuna-batoeva/vcard'])
    await expect.poll(() => isKept(page, path), { message: path }).toBe(true);
}

test('a city page opened once works offline with its contacts and vCards; search and staff pages never come from the phone', async ({
  page,
  context,
}) => {
  await openMoscowWithWorker(page);
  // Visited online through the worker: had it kept them, they would show below.
  await page.goto('/search?q=Batoeva');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/staff');
  expect(await isKept(page, '/search?q=Batoeva')).toBe(false);

  // Pressline down behind its proxy (deploy/nginx answers 503): the kept copy, not the error page.
  await context.route('**/cities/moscow', (route) => route.fulfill({ status: 503, body: 'Down for a moment' }));
  await page.goto('/cities/moscow');
  await expect(page.getByRole('complementary', { name: 'Offline copy' })).toHaveText(OFFLINE_NOTE);
  await context.unrouteAll();

  await context.setOffline(true);
  await page.goto('/cities/moscow');
  await expect(page.getByRole('complementary', { name: 'Offline copy' })).toHaveText(OFFLINE_NOTE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spokespeople in Moscow');
  await expect(page.getByRole('link', { name: /^Call Ayuna Batoeva/ })).toHaveAttribute('href', 'tel:+79166676977');

  // Opened only as a link of the city page, never visited: kept all the same, and reached by tapping the link.
  await page.getByRole('link', { name: 'Ayuna Batoeva', exact: true }).click();
  await expect(page).toHaveURL(/\/contacts\/ayuna-batoeva$/);
  await expect(page.getByRole('complementary', { name: 'Offline copy' })).toHaveText(OFFLINE_NOTE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ayuna Batoeva');
  const vcard = await page.evaluate(() => fetch('/contacts/ayuna-batoeva/vcard').then((r) => r.text()));
  expect(vcard).toContain('FN:Ayuna Batoeva');
  expect(vcard).toMatch(/\r\nNOTE:Offline — details as of \d{2}:\d{2} \(Moscow\)\r\nEND:VCARD/);

  for (const path of ['/search?q=Batoeva', '/staff']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.getByRole('link', { name: 'Spokespeople in Moscow · Pressline' })).toBeVisible();
  }
  // The worker answers a Russian page in Russian.
  await page.goto('/ru/search?q=Batoeva');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Нет подключения к сети');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('an interview request typed offline stays on the phone and is sent on Send once the connection returns', async ({
  page,
  context,
}) => {
  await openMoscowWithWorker(page);
  await context.setOffline(true);
  await page.goto('/contacts/ayuna-batoeva');
  const email = uniqueEmail('offline');
  await fillRequest(page, {
    journalistName: 'Offline Olga',
    outlet: 'Field Radio (example)',
    email,
    deadline: futureDeadline(),
    topic: 'Flood response, typed in a basement',
  });
  const form = requestForm(page);
  await form.getByRole('button', { name: 'Send interview request' }).click();
  await expect(form.getByRole('status')).toContainText(
    'It is kept on this phone and will be sent when the connection returns',
  );

  // The tab is closed and opened again, still offline: the request is where it was.
  await page.reload();
  await expect(requestForm(page).getByLabel('E-mail *')).toHaveValue(email);
  await expect(requestForm(page).getByLabel('Topic *')).toHaveValue('Flood response, typed in a basement');
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await expect(requestForm(page).getByRole('status')).toHaveText(
    'You are online again: press Send to send the request kept on this phone.',
  );
  await requestForm(page).getByRole('button', { name: 'Send interview request' }).click();
  await expectConfirmation(page);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pressline:request-draft'))),
  ).toEqual([]);
});

test('Chromium finds nothing that stops installing Pressline', async ({ baseURL }, testInfo) => {
  // Chromium never offers to install from an incognito profile, which every test context is: a profile on disk.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pressline-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = await context.newPage();
    await page.goto('/');
    const cdp = await context.newCDPSession(page);
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('the offline copy and the home page keep button pass axe', async ({ page, context }) => {
  await openMoscowWithWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Offline copy' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expectNoAxeViolations(page);
  await context.setOffline(false);
  await page.goto('/');
  await page.getByRole('button', { name: 'Keep Geneva on this phone' }).click();
  await expect(page.getByText('Geneva is kept on this phone: its contacts open with no network.')).toBeVisible();
  expect(await isKept(page, '/contacts/marie-claudet/vcard')).toBe(true);
  await expectNoAxeViolations(page);
});

test("a new deploy's worker takes over, fetches the kept pages afresh and deletes the old build's copies", async ({
  page,
  context,
}) => {
  await openMoscowWithWorker(page);
  const first = await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('pressline-pages-')));
  expect(first).toHaveLength(1);
  const before = Date.now();
  // The next deploy's worker: the same script with another build id, as `next build` would make it. Chromium
  // fetches a worker's update itself, past Playwright's routes, so the test registers it under a second URL
  // for the same scope: the browser then installs and activates it exactly as it would a changed sw.js.
  const script = await (await page.request.get('/serwist/sw.js')).text();
  const buildId = first[0]!.slice('pressline-pages-'.length);
  expect(script).toContain(JSON.stringify(buildId));
  await context.route('**/serwist/sw-next.js', (route) =>
    route.fulfill({
      contentType: 'application/javascript',
      headers: { 'service-worker-allowed': '/', 'cache-control': 'no-cache' },
      body: script.replaceAll(JSON.stringify(buildId), JSON.stringify('second-deploy')),
    }),
  );
  await page.evaluate(() => navigator.serviceWorker.register('/serwist/sw-next.js', { scope: '/' }));
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('pressline-')).sort()))
    .toEqual(['pressline-assets-second-deploy', 'pressline-pages-second-deploy']);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
    .toMatch(/\/serwist\/sw-next\.js$/);
  const storedAt = await page.evaluate(async () => {
    const kept = await (await caches.open('pressline-pages-second-deploy')).match('/contacts/ayuna-batoeva');
    return Number(kept?.headers.get('x-pressline-stored-at'));
  });
  expect(storedAt).toBeGreaterThanOrEqual(before);

  await context.setOffline(true);
  await page.goto('/contacts/ayuna-batoeva');
  await expect(page.getByRole('complementary', { name: 'Offline copy' })).toHaveText(OFFLINE_NOTE);
});
