import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import {
  expectConfirmation,
  fillRequest,
  futureDeadline,
  requestForm,
  submitRequest,
  uniqueEmail,
} from './request-form';

const REQUEST_PATH = '/interview-requests';

function clientAddress() {
  return `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } });

    test(
      'a bad e-mail and a past deadline are both reported, and nothing typed is lost',
      { tag: '@phone' },
      async ({ page }) => {
        await page.goto('/contacts/ayuna-batoeva');
        const form = requestForm(page);
        await expect(form.getByText('This request goes to Ayuna Batoeva (Moscow)')).toBeVisible();
        await fillRequest(page, {
          journalistName: 'Zoë Ferrand-Ötztal',
          outlet: 'Le Quotidien (example)',
          email: 'zoe-at-example',
          phone: '+41 79 708 43 67',
          deadline: '2021-12-06T18:00',
          timeZone: 'Europe/Moscow',
          topic: 'Vaccine equity — follow-up',
          questions: 'First question?\nSecond question, on a new line.',
          format: 'Written answers',
        });
        await submitRequest(page);
        // Without JavaScript the form comes back on a page of its own; with it, in place.
        if (javaScriptEnabled) await expect(page).toHaveURL(/\/contacts\/ayuna-batoeva$/);
        else await expect(page).toHaveURL(/\/interview-requests\/fix\/[\w-]{32}$/);
        const fixUrl = page.url();

        const email = form.getByLabel('E-mail *');
        const deadline = form.getByLabel('Date and time');
        await expect(form.getByText('Enter an e-mail address like name@example.org.')).toBeVisible();
        await expect(form.getByText('That deadline has already passed. Give a time in the future.')).toBeVisible();
        await expect(email).toHaveAttribute('aria-invalid', 'true');
        await expect(email).toHaveAccessibleDescription('Enter an e-mail address like name@example.org.');
        await expect(deadline).toHaveAccessibleDescription(
          'That deadline has already passed. Give a time in the future.',
        );
        await expect(email).toBeFocused();
        // Everything else is still there.
        await expect(form.getByLabel('Your name *')).toHaveValue('Zoë Ferrand-Ötztal');
        await expect(form.getByLabel('Outlet *')).toHaveValue('Le Quotidien (example)');
        await expect(email).toHaveValue('zoe-at-example');
        await expect(form.getByRole('textbox', { name: /^Phone/ })).toHaveValue('+41 79 708 43 67');
        await expect(deadline).toHaveValue('2021-12-06T18:00');
        await expect(form.getByLabel('Your time zone')).toHaveValue('Europe/Moscow');
        await expect(form.getByLabel('Topic *')).toHaveValue('Vaccine equity — follow-up');
        await expect(form.getByLabel(/^Your questions/)).toHaveValue(
          'First question?\nSecond question, on a new line.',
        );
        await expect(form.getByLabel('Written answers')).toBeChecked();
        // axe runs as page script, so it can only check the error state with JavaScript on (same markup).
        if (javaScriptEnabled) await expectNoAxeViolations(page);

        // Fix both and it goes through.
        await email.fill(uniqueEmail('zoe'));
        await deadline.fill(futureDeadline());
        await submitRequest(page);
        await expectConfirmation(page);
        if (!javaScriptEnabled) {
          // Sent, the refused copy is deleted at once: its link no longer shows what was typed.
          await page.goto(fixUrl);
          await expect(page.getByRole('heading', { level: 1 })).toHaveText('This request is no longer here');
          await expect(page.getByText('Zoë Ferrand-Ötztal')).toHaveCount(0);
        }
      },
    );

    test('an impossible phone number is refused next to the field', async ({ page }) => {
      await page.goto('/cities/geneva');
      await fillRequest(page, {
        journalistName: 'Sam Reporter',
        outlet: 'Example Wire',
        email: uniqueEmail('sam'),
        phone: '+41 12',
        deadline: futureDeadline(),
        topic: 'Heat',
      });
      await submitRequest(page);
      await expect(requestForm(page).getByRole('textbox', { name: /^Phone/ })).toHaveAccessibleDescription(
        /“\+41 12” has too few digits for a number in Switzerland/,
      );
      await expect(requestForm(page).getByLabel('Topic *')).toHaveValue('Heat');
    });
  });
}

test.describe('forged and hostile posts', () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } });

  test('an unknown contact id in the hidden field is refused with a message, never a 500', async ({ page }) => {
    await page.goto('/contacts/marie-claudet');
    await fillRequest(page, {
      journalistName: 'Forger',
      outlet: 'Example',
      email: uniqueEmail('forge'),
      deadline: futureDeadline(),
      topic: 'Test',
    });
    await requestForm(page)
      .locator('input[name="targetId"]')
      .evaluate((el: HTMLInputElement) => (el.value = '999999'));
    await submitRequest(page);
    // There is no page to send it from, so no form: the reason, and what was typed to copy.
    await expect(page).toHaveURL(/\/interview-requests\/fix\/[\w-]{32}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your interview request was not sent');
    await expect(page.getByRole('alert')).toHaveText(/no longer listed/);
    await expect(page.getByRole('definition').filter({ hasText: 'Forger' })).toBeVisible();
  });

  test('a filled honeypot is refused politely and keeps the text', async ({ page }) => {
    await page.goto('/contacts/marie-claudet');
    await fillRequest(page, {
      journalistName: 'Robot',
      outlet: 'Spam',
      email: uniqueEmail('bot'),
      deadline: futureDeadline(),
      topic: 'Buy now',
    });
    await requestForm(page)
      .locator('input[name="website"]')
      .evaluate((el: HTMLInputElement) => (el.value = 'http://spam.example'));
    await submitRequest(page);
    await expect(page.getByRole('alert')).toHaveText(/looks automated, so it was not sent/);
    await expect(requestForm(page).getByLabel('Topic *')).toHaveValue('Buy now');
  });
});

test('a refused request sent without JavaScript gets its own page, private and accessible', async ({ page }) => {
  await page.goto('/cities/geneva');
  await fillRequest(page, {
    journalistName: 'Ines Aubry',
    outlet: 'Example Radio',
    email: 'ines-at-example',
    deadline: futureDeadline(),
    topic: 'Winter appeal',
  });
  const form = requestForm(page);
  const fields = await form.evaluate((f: HTMLFormElement) =>
    [...new FormData(f).entries()].map(([k, v]) => [k, String(v)]),
  );
  // As a browser without JavaScript posts it.
  const response = await page.request.post((await form.getAttribute('action'))!, {
    multipart: Object.fromEntries(fields),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  const location = response.headers().location!;
  expect(location).toMatch(/^\/interview-requests\/fix\/[\w-]{32}$/);

  const fix = await page.goto(location);
  expect(fix?.headers()['cache-control']).toMatch(/no-store/);
  // Its link is a secret that only ever goes to Pressline itself: no other site is linked from it.
  expect(fix?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  for (const href of await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)))
    expect(new URL(href).origin).toBe(new URL(page.url()).origin);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your interview request is not sent yet');
  await expect(page.getByRole('link', { name: 'Back to Spokespeople in Geneva' })).toHaveAttribute(
    'href',
    '/cities/geneva',
  );
  await expect(requestForm(page).getByText('This request goes to the Geneva press office')).toBeVisible();
  await expect(requestForm(page).getByLabel('E-mail *')).toHaveAccessibleDescription(
    'Enter an e-mail address like name@example.org.',
  );
  await expect(requestForm(page).getByLabel('Topic *')).toHaveValue('Winter appeal');
  await expectNoAxeViolations(page);

  // Fixed and sent from here (with JavaScript this time), it goes to the same press office.
  await requestForm(page).getByLabel('E-mail *').fill(uniqueEmail('ines'));
  await submitRequest(page);
  await expectConfirmation(page);
  await expect(page.getByText(/Geneva press office/).first()).toBeVisible();

  // Written on a page that is gone: no form to send, the reason and the text to copy, still accessible.
  const gone = await page.request.post(REQUEST_PATH, {
    multipart: { ...Object.fromEntries(fields), targetId: '999999', email: uniqueEmail('ines') },
    maxRedirects: 0,
  });
  await page.goto(gone.headers().location!);
  await expect(page.getByText(/no longer listed/)).toHaveAttribute('role', 'alert');
  await expect(page.getByRole('definition').filter({ hasText: 'Winter appeal' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/interview-requests/fix/not-a-real-token');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This request is no longer here');
});

test('a post made from another site is refused before anything is read', async ({ page }) => {
  await page.goto('/contacts/marie-claudet');
  await fillRequest(page, {
    journalistName: 'Cross Site',
    outlet: 'Example',
    email: uniqueEmail('csrf'),
    deadline: futureDeadline(),
    topic: 'Forged',
  });
  const form = requestForm(page);
  const multipart = Object.fromEntries(
    await form.evaluate((f: HTMLFormElement) => [...new FormData(f).entries()].map(([k, v]) => [k, String(v)])),
  );
  const action = (await form.getAttribute('action'))!;
  const forged = await page.request.post(action, {
    multipart,
    maxRedirects: 0,
    headers: { origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' },
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toMatch(/only be sent from Pressline/);
  // The same fields from Pressline's own page go through: only the origin was refused.
  const own = await page.request.post(action, {
    multipart,
    maxRedirects: 0,
    headers: { origin: new URL(page.url()).origin },
  });
  expect(own.status()).toBe(303);
  expect(own.headers().location).toMatch(/^\/request-status\//);
});

test('a status link that does not exist is a 404, not a 500', async ({ page }) => {
  expect((await page.goto('/request-status/not-a-real-token-aaaaaaaaaaaa'))?.status()).toBe(404);
  expect((await page.goto('/request-status/%27%20or%201=1'))?.status()).toBe(404);
});
