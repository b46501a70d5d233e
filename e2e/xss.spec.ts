import { expect, test, type Page } from '@playwright/test';
import {
  expectConfirmation,
  fillRequest,
  futureDeadline,
  requestForm,
  submitRequest,
  uniqueEmail,
} from './request-form';

const PAYLOADS = {
  journalistName: '<script>window.__xss = "name"</script>',
  outlet: '<img src=x onerror="window.__xss = \'outlet\'">',
  topic: '"><svg onload="window.__xss = \'topic\'"><script>window.__xss = "topic"</script>',
  questions: '<script>alert(document.cookie)</script>\n[link](javascript:window.__xss="questions")',
  wishedInterviewee: '<iframe src="javascript:window.parent.__xss = \'wished\'"></iframe>',
} as const;

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

async function fillPayloads(page: Page, email: string) {
  await fillRequest(page, {
    journalistName: PAYLOADS.journalistName,
    outlet: PAYLOADS.outlet,
    email,
    deadline: futureDeadline(),
    topic: PAYLOADS.topic,
    questions: PAYLOADS.questions,
  });
  await requestForm(page)
    .getByLabel(/Who would you like to interview/)
    .fill(PAYLOADS.wishedInterviewee);
}

test.use({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${200 + Math.floor(Math.random() * 50)}` } });

test('script in every free-text field is stored as text and never runs on the status page', async ({ page }) => {
  const noScriptRan = watchForScripts(page);
  await page.goto('/contacts/marie-claudet');
  await fillPayloads(page, uniqueEmail('xss'));
  await submitRequest(page);
  const { statusUrl } = await expectConfirmation(page);
  await expect(page.getByText(PAYLOADS.topic, { exact: true })).toBeVisible();
  await noScriptRan();

  await page.goto(statusUrl);
  await expect(page.getByText(PAYLOADS.topic, { exact: true })).toBeVisible();
  await noScriptRan();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a refused form echoes every payload back into its fields as text', async ({ page }) => {
    await page.goto('/cities/geneva');
    await fillPayloads(page, 'not-an-email');
    await submitRequest(page);
    const form = requestForm(page);
    await expect(form.getByText('Enter an e-mail address like name@example.org.')).toBeVisible();
    await expect(form.getByLabel('Your name *')).toHaveValue(PAYLOADS.journalistName);
    await expect(form.getByLabel('Outlet *')).toHaveValue(PAYLOADS.outlet);
    await expect(form.getByLabel('Topic *')).toHaveValue(PAYLOADS.topic);
    await expect(form.getByLabel(/^Your questions/)).toHaveValue(PAYLOADS.questions);
    await expect(form.getByLabel(/Who would you like to interview/)).toHaveValue(PAYLOADS.wishedInterviewee);
    // No element came from the payloads: they are attribute values and text only.
    expect(await page.locator('main script, main img, main svg[onload], main iframe').count()).toBe(0);
  });
});
