import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  expectConfirmation,
  fillRequest,
  futureDeadline,
  requestForm,
  submitRequest,
  uniqueEmail,
} from './request-form';

// Issue #13: a 404 cached before a contact exists, hostile text in the staff inbox and through the time-zone
// select, and CORS on the API, each through the running app.
test.use({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${100 + Math.floor(Math.random() * 50)}` } });

/** Fails the test if any payload ran: a global was set or a dialog opened. */
function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  };
}

test.describe('as an admin', () => {
  test.use({ signedInAs: 'admin' });

  test('a contact created after its URL was asked for is served at once, with its vCard', async ({ page, request }) => {
    const tag = crypto.randomBytes(4).toString('hex');
    const slug = `new-person-${tag}`;
    for (let i = 0; i < 2; i++) {
      expect((await request.get(`/contacts/${slug}`)).status()).toBe(404);
      expect((await request.get(`/contacts/${slug}/vcard`)).status()).toBe(404);
    }
    await page.goto('/staff/contacts/new');
    await page.getByLabel('Full name').fill(`New Person ${tag}`);
    await page.getByLabel('Organisation').fill('E2E org');
    await page.getByLabel('City').selectOption({ label: 'Geneva' });
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/contacts/${slug}\\?saved=1$`));

    const contactPage = await request.get(`/contacts/${slug}`);
    expect(contactPage.status()).toBe(200);
    expect(await contactPage.text()).toContain(`New Person ${tag}`);
    const vcard = await request.get(`/contacts/${slug}/vcard`);
    expect(vcard.status()).toBe(200);
    expect(await vcard.text()).toContain(`FN:New Person ${tag}`);
  });
});

test('hostile text a journalist typed is only text in the staff inbox and the request page', async ({
  page,
  db,
  officer,
}) => {
  const tag = crypto.randomBytes(4).toString('hex');
  const payloads = {
    journalistName: `<img src=x onerror="window.__xss='name'">\u202Eevil ${tag}`,
    outlet: `<script>window.__xss='outlet'</script>\r\nOutlet`,
    topic: `"><svg onload="window.__xss='topic'"> ${tag}`,
    questions: `[click](javascript:window.__xss='questions')\n<iframe src="javascript:alert(1)"></iframe>`,
  };
  const noScriptRan = watchForScripts(page);
  await page.goto(`/contacts/${officer.contact.slug}`);
  await fillRequest(page, { ...payloads, email: uniqueEmail('hostile'), deadline: futureDeadline() });
  await submitRequest(page);
  const { reference } = await expectConfirmation(page);

  const stored = db
    .prepare('select id, journalist_name, outlet from interview_requests where reference = ?')
    .get(reference) as { id: number; journalist_name: string; outlet: string };
  // Stored normalised (lib/text/normalise.ts): no bidi override, no line break in a one-line field.
  expect(stored.journalist_name).toBe(`<img src=x onerror="window.__xss='name'">evil ${tag}`);
  expect(stored.outlet).toBe(`<script>window.__xss='outlet'</script> Outlet`);

  await page.goto('/requests');
  const link = page.getByRole('link', { name: `${reference} · ${payloads.topic}` });
  await expect(link).toBeVisible();
  await expect(page.getByText(stored.journalist_name, { exact: false })).toBeVisible();
  await noScriptRan();

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/requests/${stored.id}$`));
  await expect(page.getByText(payloads.topic).first()).toBeVisible();
  await expect(page.getByText(stored.outlet).first()).toBeVisible();
  expect(await page.locator('main img, main svg[onload], main iframe, main script').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  await noScriptRan();
});

test('a forged time zone is refused beside the field and never becomes markup in the select', async ({ page }) => {
  const forged = `"></option></select><img src=x onerror="window.__xss='zone'"><select><option>`;
  const noScriptRan = watchForScripts(page);
  await page.goto('/cities/geneva');
  await fillRequest(page, {
    journalistName: 'Zone Tester',
    outlet: 'Wire',
    email: uniqueEmail('zone'),
    deadline: futureDeadline(),
    topic: 'Zones',
  });
  // What a crafted post sends: the select's value replaced by markup.
  await requestForm(page)
    .getByLabel('Your time zone')
    .evaluate((select: HTMLSelectElement, value) => {
      select.options[select.selectedIndex]!.value = value;
    }, forged);
  await submitRequest(page);
  const form = requestForm(page);
  await expect(form.getByText('Choose your time zone from the list.')).toBeVisible();
  await expect(form.getByLabel('Your name *')).toHaveValue('Zone Tester');
  // The select holds options and text only: the value was never parsed as markup.
  expect(await form.getByLabel('Your time zone').locator(':scope > :not(option)').count()).toBe(0);
  expect(await page.locator('main img').count()).toBe(0);
  await noScriptRan();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a forged time zone posted without JavaScript comes back refused, and only as text', async ({
    page,
    request,
    baseURL,
  }) => {
    const forged = `Europe/Zurich"><script>window.__xss=1</script>`;
    await page.goto('/cities/geneva');
    const hidden = Object.fromEntries(
      await requestForm(page)
        .locator('input[type=hidden]')
        .evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])),
    ) as Record<string, string>;
    const answer = await request.post('/interview-requests', {
      headers: { origin: baseURL! },
      multipart: {
        ...hidden,
        journalistName: 'No Script',
        outlet: 'Wire',
        email: uniqueEmail('nojs-zone'),
        deadlineAt: futureDeadline(),
        timeZone: forged,
        topic: 'Zones',
        format: 'phone',
        language: 'en',
        onRecord: 'on-record',
      },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(303);
    await page.goto(answer.headers().location!);
    const form = requestForm(page);
    await expect(form.getByText('Choose your time zone from the list.')).toBeVisible();
    await expect(form.getByLabel('Your name *')).toHaveValue('No Script');
    expect(await page.locator('main script').count()).toBe(0);
    // Only real zones are offered: the forged one is not added to the select, not even escaped.
    const options = await form
      .getByLabel('Your time zone')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(50);
    // The first option is the empty "choose" entry: without JavaScript the zone is the journalist's choice.
    expect(options[0]).toBe('');
    expect(options.slice(1).filter((zone) => !/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)*$/.test(zone))).toEqual([]);
    const html = await (await request.get(answer.headers().location!)).text();
    expect(html).not.toContain('<script>window.__xss');
  });
});

test.describe('CORS on the API', () => {
  // What a real browser sends: an extra header would need its own preflight permission.
  test.use({ extraHTTPHeaders: {} });

  test('another site’s script reads the API, revalidates with If-None-Match, but never with cookies', async ({
    page,
    baseURL,
  }) => {
    // Another site: a page of our own on another port (another origin, on loopback too, so no private-network
    // rule applies), without Pressline's CSP, whose connect-src would stop the script before CORS is asked.
    const elsewhere = http.createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Elsewhere</title>'),
    );
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    await page.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
    const api = `${baseURL}/api/v1/cities?per_page=2`;
    const result = await page.evaluate(async (url) => {
      const first = await fetch(url);
      const body = (await first.json()) as { data: unknown[] };
      const etag = first.headers.get('etag');
      // Not a "simple" request: the browser asks first (OPTIONS), then sends it.
      const again = await fetch(url, { headers: { 'if-none-match': etag ?? '' } });
      const withCookies = await fetch(url, { credentials: 'include' }).then(
        () => 'read',
        (e: Error) => `refused: ${e.name}`,
      );
      const post = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }).then(
        (r) => `answered ${r.status}`,
        (e: Error) => `refused: ${e.name}`,
      );
      return {
        status: first.status,
        items: body.data.length,
        etag,
        total: first.headers.get('x-total-count'),
        again: again.status,
        withCookies,
        post,
      };
    }, api);
    elsewhere.close();
    expect(result).toMatchObject({
      status: 200,
      items: 2,
      again: 304,
      withCookies: 'refused: TypeError',
      post: 'refused: TypeError',
    });
    expect(result.etag).toMatch(/^W\/"/);
    expect(Number(result.total)).toBeGreaterThan(2);
  });

  test('the preflight allows GET with If-None-Match and If-Modified-Since only; pages and the request form allow no other origin', async ({
    request,
  }) => {
    const preflight = await request.fetch('/api/v1/contacts/ayuna-batoeva', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://elsewhere.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
    });
    expect(preflight.headers()['access-control-allow-credentials']).toBeUndefined();
    for (const path of ['/cities/geneva', '/requests', '/api/health']) {
      const res = await request.get(path, { headers: { origin: 'https://elsewhere.example' }, maxRedirects: 0 });
      expect(res.headers()['access-control-allow-origin'], path).toBeUndefined();
    }
    const post = await request.post('/interview-requests', {
      headers: { origin: 'https://elsewhere.example' },
      multipart: { topic: 'x' },
    });
    expect(post.status()).toBe(403);
    expect(post.headers()['access-control-allow-origin']).toBeUndefined();
  });
});

test('an unknown slug longer than any real one gets the site’s 404 page', async ({ request }) => {
  const res = await request.get(`/contacts/${'x'.repeat(300)}`);
  expect(res.status()).toBe(404);
  expect(await res.text()).toContain('There is no page at this address');
});
