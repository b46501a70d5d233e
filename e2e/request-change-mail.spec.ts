import { expect, test } from '@playwright/test';
import { SMTP_PORT } from '../playwright.config';
import { expectNoAxeViolations } from './a11y';
import { Mailbox } from './mailbox';
import { expectConfirmation, fillRequest, futureDeadline, submitRequest, uniqueEmail } from './request-form';

// Specs named *mail.spec.ts own the test SMTP server's port; the `mail` project runs them one file at a time.
test.describe.configure({ mode: 'serial' });
// A client address of this file's own, so other specs' requests do not use up its rate limit.
const ADDRESS = { 'x-forwarded-for': '203.0.113.162' };
test.use({ extraHTTPHeaders: ADDRESS });

const mailbox = new Mailbox(SMTP_PORT);
test.beforeAll(() => mailbox.start());
test.afterAll(() => mailbox.stop());

const DESK = 'moscow.media@example.org';

test('a journalist corrects the deadline, then cancels without JavaScript, and the press office hears of each', async ({
  page,
  browser,
}) => {
  const tag = `desk-${Date.now().toString(36)}`;
  const name = `Ines Okafor-Lindqvist ${tag}`;
  await page.goto('/cities/moscow');
  await fillRequest(page, {
    journalistName: name,
    outlet: 'Radio Example',
    email: uniqueEmail(tag),
    deadline: futureDeadline(2),
    timeZone: 'Europe/London',
    topic: `Winter shelters ${tag}`,
    questions: 'How many beds are open tonight?',
    language: 'fr',
    format: 'Phone call',
  });
  await submitRequest(page);
  const { reference, statusUrl } = await expectConfirmation(page);

  // The whole request, said back, with times labelled in the zone the journalist gave.
  const details = page.locator('dl');
  await expect(details).toContainText('the Moscow press office');
  await expect(details).toContainText('How many beds are open tonight?');
  await expect(details).toContainText('French');
  await expect(details).toContainText('On the record');
  await expect(details).toContainText('(Europe/London)');
  await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  await expect(page.getByText('The Moscow press office has your request and will answer by e-mail.')).toBeVisible();
  await expect(page.getByText(/^Office hours: .+, Moscow time\.$/)).toBeVisible();

  const deadline = futureDeadline(4).replace('T15:30', 'T11:15');
  await page.getByLabel('Deadline (Europe/London time)').fill(deadline);
  await page.getByRole('button', { name: 'Save the corrections' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your corrections are saved.' })).toBeVisible();
  await expect(
    page.getByText(/^You moved the deadline from .+ to .+, 11:15 GMT(\+1)? \(Europe\/London\)\.$/),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // The mail project runs at 360 px: the repeated request and both forms fit without sideways scrolling.
  expect(
    await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth),
  ).toBe(0);
  await expect
    .poll(
      () => mailbox.to(DESK).filter((m) => m.subject.includes(`[${reference}] Corrected by the journalist`)).length,
      {
        timeout: 15_000,
      },
    )
    .toBe(1);
  const corrected = mailbox.to(DESK).find((m) => m.subject.includes('Corrected by the journalist'))!;
  expect(corrected.text).toContain(name);
  expect(corrected.text).toMatch(/New deadline: .+ GMT\+3 \(Europe\/Moscow\); .+, 11:15 GMT(\+1)? \(Europe\/London\)/);

  // Without JavaScript: the plain form posts, and the page answers with the outcome.
  const plain = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: ADDRESS });
  const noJs = await plain.newPage();
  await noJs.goto(statusUrl);
  await noJs.getByLabel('Why (optional)').fill('The story was dropped.');
  await noJs.getByRole('button', { name: 'Cancel this request' }).click();
  await expect(noJs.getByText('Your request is cancelled. We have told the press office.')).toBeVisible();
  await expect(noJs.getByTestId('request-status')).toHaveText('Cancelled by the journalist');
  await expect(noJs.getByRole('button', { name: 'Cancel this request' })).toHaveCount(0);
  await plain.close();
  await expect
    .poll(
      () => mailbox.to(DESK).filter((m) => m.subject.includes(`[${reference}] Cancelled by the journalist`)).length,
      {
        timeout: 15_000,
      },
    )
    .toBe(1);
  expect(mailbox.mentioning('The story was dropped.').map((m) => m.to)).toEqual([[DESK]]);
});
