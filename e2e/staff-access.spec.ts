import { expectNoAxeViolations } from './a11y';
import { expect, test } from './fixtures';

const STAFF_PATHS = [
  '/staff',
  '/me',
  '/staff/history',
  '/staff/contacts',
  '/staff/contacts/new',
  '/staff/contacts/ayuna-batoeva',
  '/staff/cities',
  '/staff/cities/new',
  '/staff/cities/geneva',
  '/staff/releases',
  '/staff/releases/new',
  '/staff/releases/ifrc-president-rocca-meets-president-putin',
  '/requests',
  '/requests/1',
];

test('signed-out visitors get the sign-in page for every staff URL, with a way back', async ({ page }) => {
  for (const path of STAFF_PATHS) {
    await page.goto(path);
    await expect(page, path).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  }
});

test('a forged session cookie gets past the proxy but not past the pages', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'better-auth.session_token', value: 'forged.token', url: baseURL! }]);
  for (const path of STAFF_PATHS) {
    await page.goto(path);
    await expect(page, path).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
  }
});

test('officers are kept out of admin pages', async ({ page, officer }) => {
  for (const path of ['/staff/contacts', '/staff/cities/new', '/staff/releases']) {
    await page.goto(path);
    await expect(page).toHaveURL('/staff?denied=1');
    await expect(page.getByRole('alert').filter({ hasText: 'admins' })).toBeVisible();
  }
  expect(officer.contact.slug).toMatch(/^e2e-officer-/);
});

test('a wrong password is refused without saying which part was wrong, and sign-out ends the session', async ({ page, officer }) => {
  await page.goto('/staff');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await page.goto('/me');
  await expect(page).toHaveURL('/sign-in?next=%2Fme');
  await page.getByLabel('E-mail').fill(officer.user.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That e-mail address and password do not match an account.' })).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveValue(officer.user.email);
  await expectNoAxeViolations(page);
});

test('the set-password and forgot-password pages have no accessibility violations', async ({ page }) => {
  await page.goto('/set-password?token=nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a password');
  await expectNoAxeViolations(page);
  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your password?');
  await expectNoAxeViolations(page);
});
