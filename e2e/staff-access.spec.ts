import { expectNoAxeViolations } from './a11y';
import type { BrowserContext, Page } from '@playwright/test';
import { addSession, createContact, createUser, expect, SESSION_COOKIE, test, tokenOf } from './fixtures';

// Who may open which staff page is the table in access-control.spec.ts; these are the sign-in flows.

const PASSWORD = 'correct horse battery';

/** The session token the browser holds now. */
async function browserToken(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  return cookie ? tokenOf(cookie.value) : null;
}

async function signIn(page: Page, email: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/staff');
}

test('sign-in issues a new session and ends the one the browser held, so a planted cookie is never adopted', async ({
  page,
  context,
  browser,
  db,
  baseURL,
}) => {
  const contact = createContact(db);
  const user = await createUser(db, { role: 'officer', contactId: contact.id, password: PASSWORD });
  await page.goto('/sign-in');
  // Someone who knows this token (a shared computer, a fixation attack) plants it before the officer signs in.
  const planted = await addSession(db, context, baseURL!, user.id);
  await signIn(page, user.email);
  const first = await browserToken(context);
  expect(first).not.toBeNull();
  expect(first).not.toBe(planted.token);
  expect(db.prepare('select count(*) as n from sessions where token = ?').get(planted.token)).toEqual({ n: 0 });

  // Signing in twice gives two sessions: another computer gets a token of its own.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await otherPage.goto('/sign-in');
  await signIn(otherPage, user.email);
  const second = await browserToken(other);
  expect(second).not.toBeNull();
  expect(second).not.toBe(first);
  await other.close();

  // The planted cookie opens nothing any more.
  const attacker = await browser.newContext({ baseURL });
  await attacker.addCookies([{ name: SESSION_COOKIE, value: planted.cookie, url: baseURL! }]);
  const attackerPage = await attacker.newPage();
  await attackerPage.goto('/me');
  await expect(attackerPage).toHaveURL('/sign-in?next=%2Fme');
  await attacker.close();
});

test(
  'a wrong password is refused without saying which part was wrong, and sign-out ends the session',
  { tag: '@phone' },
  async ({ page, officer }) => {
    await page.goto('/staff');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('You are signed out.')).toBeVisible();
    await page.goto('/me');
    await expect(page).toHaveURL('/sign-in?next=%2Fme');
    await page.getByLabel('E-mail').fill(officer.user.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'That e-mail address and password do not match an account.' }),
    ).toBeVisible();
    await expect(page.getByLabel('E-mail')).toHaveValue(officer.user.email);
    await expectNoAxeViolations(page);
  },
);

test('the set-password and forgot-password pages have no accessibility violations', async ({ page }) => {
  await page.goto('/set-password?token=nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a password');
  await expectNoAxeViolations(page);
  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your password?');
  await expectNoAxeViolations(page);
});
