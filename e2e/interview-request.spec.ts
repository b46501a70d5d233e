import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expectConfirmation, fillRequest, futureDeadline, requestForm, submitRequest, uniqueEmail } from './request-form';

function clientAddress() {
  return `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } });

    test('a bad e-mail and a past deadline are both reported, and nothing typed is lost', async ({ page }) => {
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

      const email = form.getByLabel('E-mail *');
      const deadline = form.getByLabel('Date and time');
      await expect(form.getByText('Enter an e-mail address like name@example.org.')).toBeVisible();
      await expect(form.getByText('That deadline has already passed. Give a time in the future.')).toBeVisible();
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toHaveAccessibleDescription('Enter an e-mail address like name@example.org.');
      await expect(deadline).toHaveAccessibleDescription('That deadline has already passed. Give a time in the future.');
      await expect(email).toBeFocused();
      // Everything else is still there.
      await expect(form.getByLabel('Your name *')).toHaveValue('Zoë Ferrand-Ötztal');
      await expect(form.getByLabel('Outlet *')).toHaveValue('Le Quotidien (example)');
      await expect(email).toHaveValue('zoe-at-example');
      await expect(form.getByRole('textbox', { name: /^Phone/ })).toHaveValue('+41 79 708 43 67');
      await expect(deadline).toHaveValue('2021-12-06T18:00');
      await expect(form.getByLabel('Your time zone')).toHaveValue('Europe/Moscow');
      await expect(form.getByLabel('Topic *')).toHaveValue('Vaccine equity — follow-up');
      await expect(form.getByLabel(/^Your questions/)).toHaveValue('First question?\nSecond question, on a new line.');
      await expect(form.getByLabel('Written answers')).toBeChecked();
      // axe runs as page script, so it can only check the error state with JavaScript on (same markup).
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Fix both and it goes through.
      await email.fill(uniqueEmail('zoe'));
      await deadline.fill(futureDeadline());
      await submitRequest(page);
      await expectConfirmation(page);
    });

    test('an impossible phone number is refused next to the field', async ({ page }) => {
      await page.goto('/cities/geneva');
      await fillRequest(page, { journalistName: 'Sam Reporter', outlet: 'Example Wire', email: uniqueEmail('sam'), phone: '+41 12', deadline: futureDeadline(), topic: 'Heat' });
      await submitRequest(page);
      await expect(requestForm(page).getByRole('textbox', { name: /^Phone/ })).toHaveAccessibleDescription(/not a valid number/);
      await expect(requestForm(page).getByLabel('Topic *')).toHaveValue('Heat');
    });
  });
}

test.describe('forged and hostile posts', () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } });

  test('an unknown contact id in the hidden field is refused with a message, never a 500', async ({ page }) => {
    await page.goto('/contacts/marie-claudet');
    await fillRequest(page, { journalistName: 'Forger', outlet: 'Example', email: uniqueEmail('forge'), deadline: futureDeadline(), topic: 'Test' });
    await requestForm(page).locator('input[name="targetId"]').evaluate((el: HTMLInputElement) => (el.value = '999999'));
    await submitRequest(page);
    await expect(requestForm(page).getByText(/no longer listed/)).toBeVisible();
    await expect(requestForm(page).getByLabel('Your name *')).toHaveValue('Forger');
  });

  test('a filled honeypot is refused politely and keeps the text', async ({ page }) => {
    await page.goto('/contacts/marie-claudet');
    await fillRequest(page, { journalistName: 'Robot', outlet: 'Spam', email: uniqueEmail('bot'), deadline: futureDeadline(), topic: 'Buy now' });
    await requestForm(page).locator('input[name="website"]').evaluate((el: HTMLInputElement) => (el.value = 'http://spam.example'));
    await submitRequest(page);
    await expect(page.getByRole('alert')).toHaveText(/looks automated, so it was not sent/);
    await expect(requestForm(page).getByLabel('Topic *')).toHaveValue('Buy now');
  });
});

test('a status link that does not exist is a 404, not a 500', async ({ page }) => {
  expect((await page.goto('/request-status/not-a-real-token-aaaaaaaaaaaa'))?.status()).toBe(404);
  expect((await page.goto('/request-status/%27%20or%201=1'))?.status()).toBe(404);
});
