import { SMTP_PORT } from '../playwright.config';
import { expectNoAxeViolations } from './a11y';
import { addSession, createContact, createUser, expect, test } from './fixtures';
import { Mailbox } from './mailbox';
import { expectConfirmation, fillRequest, futureDeadline, submitRequest, uniqueEmail } from './request-form';

// *mail.spec.ts files own the test SMTP port; the `mail` project runs them one at a time.
test.describe.configure({ mode: 'serial' });
const mailbox = new Mailbox(SMTP_PORT);
test.beforeAll(() => mailbox.start());
test.afterAll(() => mailbox.stop());

test('a public request reaches the officer’s inbox, moves through the workflow, and the journalist sees and gets each step', async ({
  page,
  browser,
  db,
  officer,
}) => {
  const baseURL = test.info().project.use.baseURL!;
  const journalist = await browser.newPage({ baseURL });
  const email = uniqueEmail('inbox');
  await journalist.goto(`/contacts/${officer.contact.slug}`);
  await fillRequest(journalist, {
    journalistName: 'Reporter Inbox',
    outlet: 'Example Wire',
    email,
    deadline: futureDeadline(3),
    timeZone: 'America/Panama',
    topic: 'Cyclone season briefing',
  });
  await submitRequest(journalist);
  const { reference, statusUrl } = await expectConfirmation(journalist);

  await page.goto('/requests?sort=deadline');
  await page.getByRole('link', { name: `${reference} · Cyclone season briefing` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${reference}: Cyclone season briefing`);
  await expect(page.getByText('(America/Panama)')).toBeVisible();
  await expect(page.getByText('(Asia/Kuala_Lumpur)')).toBeVisible();
  await expectNoAxeViolations(page);

  const steps = [
    ['Acknowledge', 'Acknowledged by the press office', 'We are on it.'],
    ['Schedule and send invitations', 'Interview scheduled', 'Thursday 10:00 your time, by video.'],
    ['Mark as done', 'Done', ''],
  ] as const;
  for (const [button, label, message] of steps) {
    if (button === 'Schedule and send invitations') {
      await page.getByLabel('Format').selectOption('video');
      await page.getByLabel('Where or how').fill('https://meet.example.org/cyclone-briefing');
      await page.getByLabel('Message to the journalist with the invitation (optional)').fill(message);
    } else await page.getByLabel('Message to the journalist (optional)').fill(message);
    await page.getByRole('button', { name: button }).click();
    await expect(page.locator('[data-request-status]')).toHaveText(label);
    await journalist.goto(statusUrl);
    await expect(journalist.getByTestId('request-status')).toHaveText(label);
    if (message) await expect(journalist.getByText(message)).toBeVisible();
    await expect
      .poll(() => mailbox.to(email).filter((m) => m.subject === `${reference}: ${label}`).length, { timeout: 15_000 })
      .toBe(1);
  }
  // Done is not the end: reopened with a reason the journalist is told, and the step says who did it.
  await page.getByLabel('Why reopen it').fill('The journalist asked a follow-up question.');
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.locator('[data-request-status]')).toHaveText('Acknowledged by the press office');
  await expect(page.locator('[data-steps]')).toContainText(
    `${officer.user.email}: Done → Acknowledged by the press office`,
  );
  await expect
    .poll(() => mailbox.to(email).filter((m) => m.text.includes('Reopened: The journalist asked a follow-up')).length, {
      timeout: 15_000,
    })
    .toBe(1);
  expect(mailbox.to(email).find((m) => m.text.includes('Reopened:'))!.text).toContain(statusUrl);

  await page.getByRole('textbox', { name: 'Internal note' }).fill('Went well; follow up next month.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText('Went well; follow up next month.')).toBeVisible();
  await journalist.goto(statusUrl);
  await expect(journalist.getByText('Went well')).toHaveCount(0);
  await journalist.close();

  // An officer in another city neither lists it nor opens it by its address.
  const elsewhere = createContact(db, { city: 'panama-city' });
  const other = await createUser(db, { role: 'officer', contactId: elsewhere.id });
  const context = await browser.newContext({ baseURL });
  await addSession(db, context, baseURL, other.id);
  const otherPage = await context.newPage();
  await otherPage.goto('/requests');
  await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText('Interview requests');
  await expect(otherPage.getByText(reference)).toHaveCount(0);
  const id = new URL(page.url()).pathname.split('/').pop();
  expect((await otherPage.goto(`/requests/${id}`))?.status()).toBe(404);
  await context.close();
});

test('a forgotten password is reset with a link e-mailed through the outbox, which ends every session the account had', async ({
  page,
  browser,
  db,
}) => {
  const baseURL = test.info().project.use.baseURL!;
  const contact = createContact(db);
  const user = await createUser(db, { role: 'officer', contactId: contact.id, password: 'the old password' });
  // Still signed in elsewhere, perhaps by whoever learnt the old password.
  const elsewhere = await browser.newContext({ baseURL });
  await addSession(db, elsewhere, baseURL, user.id);
  const elsewherePage = await elsewhere.newPage();
  await elsewherePage.goto('/me');
  await expect(elsewherePage.getByRole('heading', { name: 'My details' })).toBeVisible();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  // The sign-in page has an E-mail field too: fill the new page's, not the old one's mid-navigation.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your password?');
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'If an account uses this address' })).toBeVisible();
  await expect.poll(() => mailbox.to(user.email).length, { timeout: 15_000 }).toBe(1);
  const link = /https?:\/\/\S+\/set-password\?token=\S+/.exec(mailbox.to(user.email)[0]!.text)?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await page.getByLabel('New password').fill('the brand new password');
  await page.getByLabel('The same password again').fill('the brand new password');
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page).toHaveURL('/sign-in?passwordSet=1');
  await elsewherePage.goto('/me');
  await expect(elsewherePage).toHaveURL('/sign-in?next=%2Fme');
  await elsewhere.close();
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill('the brand new password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('heading', { name: `${contact.fullName}, Kuala Lumpur` })).toBeVisible();
});
