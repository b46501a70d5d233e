import { expectNoAxeViolations } from './a11y';
import { createContact, expect, test } from './fixtures';

test.use({ signedInAs: 'admin' });

test('an admin creates a release with two contacts under two city labels and publishes it', async ({ page, db }) => {
  const a = createContact(db, { city: 'kuala-lumpur' });
  const b = createContact(db, { city: 'panama-city' });
  const title = `E2E release ${a.slug.slice(-10)}`;
  await page.goto('/staff/releases/new');
  await page.getByLabel('Title').fill(title);
  // Older than every demo release, so the demo's own list order stays as it was.
  await page.getByLabel('Date', { exact: true }).fill('2000-01-03');
  await page.getByLabel('Dateline').fill('Kuala Lumpur/Panama City');
  await page.getByLabel('Summary').fill('A release made by the end-to-end tests.');
  await page.getByLabel('Body').fill('## What happened\n\nVolunteers **rehearsed**.\n\n<script>alert(1)</script>');
  await page.getByLabel('About', { exact: true }).fill('About the end-to-end tests\n\nThey rehearse, too.');
  await page.getByLabel('Contact 1', { exact: true }).selectOption({ label: `${a.fullName} — Kuala Lumpur` });
  await page.getByLabel('City label 1', { exact: true }).fill('Kuala Lumpur');
  await page.getByLabel('Contact 2', { exact: true }).selectOption({ label: `${b.fullName} — Panama City` });
  await page.getByLabel('City label 2', { exact: true }).fill('Panama City');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByText('Draft: not on the public pages.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published' })).toBeVisible();
  const slug = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByRole('heading', { name: 'What happened' })).toBeVisible();

  // Dated before every other release, it is on the list's last page, wherever other specs' releases push it.
  await page.goto('/releases');
  const older = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Older releases' });
  for (let pages = 0; pages < 50 && (await page.getByRole('link', { name: title }).count()) === 0; pages++) {
    if ((await older.count()) === 0) break;
    await page.goto((await older.getAttribute('href'))!);
  }
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto(`/releases/${slug}`);
  await expect(page.getByRole('heading', { level: 3, name: 'In Kuala Lumpur' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'In Panama City' }).getByRole('article', { name: new RegExp(b.fullName) }),
  ).toBeVisible();
  await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'About', exact: true })).toContainText('They rehearse, too.');
  for (const contact of [a, b]) {
    await page.goto(`/contacts/${contact.slug}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }

  // A leaves: the release keeps A's name and dials B.
  await page.goto(`/staff/contacts/${a.slug}`);
  await page.getByLabel('Successor, who takes their calls').selectOption({ label: `${b.fullName} — Panama City` });
  await page.getByRole('button', { name: 'Deactivate contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deactivated' })).toBeVisible();
  await page.goto(`/releases/${slug}`);
  const group = page.getByRole('region', { name: 'In Kuala Lumpur' });
  await expect(group.getByText(`${a.fullName} has moved on; their calls now go to:`)).toBeVisible();
  await expect(group.getByRole('link', { name: new RegExp(`^Call ${b.fullName}`) })).toBeVisible();
});

test('an admin invites an officer, who sets a password with the link and signs in', async ({ page, db, browser }) => {
  const contact = createContact(db, { city: 'panama-city' });
  await page.goto(`/staff/contacts/${contact.slug}`);
  const email = `invited-${contact.slug.slice(-10)}@example.org`;
  await page.getByLabel('Officer’s e-mail').fill(email);
  await page.getByRole('button', { name: 'Invite officer' }).click();
  const link = await page.locator('[data-invite-link]').textContent();
  expect(link).toMatch(/\/set-password\?token=/);

  const officer = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await officer.goto(new URL(link!).pathname + new URL(link!).search);
  await officer.getByLabel('New password').fill('a long enough password');
  await officer.getByLabel('The same password again').fill('a long enough password');
  await officer.getByRole('button', { name: 'Set my password' }).click();
  await expect(officer.getByText('Your password is set.')).toBeVisible();
  await officer.getByLabel('E-mail').fill(email);
  await officer.getByLabel('Password').fill('a long enough password');
  await officer.getByRole('button', { name: 'Sign in' }).click();
  await expect(officer).toHaveURL(/\/staff$/);
  await expect(officer.getByRole('heading', { name: `${contact.fullName}, Panama City` })).toBeVisible();

  // The link works once.
  await officer.goto(new URL(link!).pathname + new URL(link!).search);
  await officer.getByLabel('New password').fill('another long password');
  await officer.getByLabel('The same password again').fill('another long password');
  await officer.getByRole('button', { name: 'Set my password' }).click();
  await expect(officer.getByRole('alert').filter({ hasText: 'expired or was used already' })).toBeVisible();
  await officer.close();
});

test('an admin adds a city with a checked time zone', async ({ page }) => {
  await page.goto('/staff/cities/new');
  const name = `Testville ${Date.now().toString(36)}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Country code').fill('ch');
  await page.getByLabel('Time zone').fill('Europe/Atlantis');
  await page.getByLabel('Press desk e-mail').fill('desk@example.org');
  await page.getByLabel('24/7 duty number').fill('022 730 42 22');
  await page.getByRole('button', { name: 'Add city' }).click();
  await expect(page.getByText('Enter a time zone like Europe/Zurich.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
  await page.getByLabel('Time zone').fill('Europe/Zurich');
  await page.getByRole('button', { name: 'Add city' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(page.getByLabel('24/7 duty number')).toHaveValue('+41 22 730 42 22');
});

const ADMIN_PAGES = [
  ['/staff', '/staff/history', '/staff/contacts', '/staff/contacts/new'],
  ['/staff/contacts/ayuna-batoeva', '/staff/cities', '/staff/cities/new', '/staff/cities/geneva'],
  ['/staff/releases', '/staff/releases/new', '/staff/releases/ifrc-president-rocca-meets-president-putin'],
];

for (const paths of ADMIN_PAGES) {
  test(`admin pages ${paths.join(', ')} have no accessibility violations`, async ({ page }) => {
    // Several full axe scans in one test: on a loaded 2-core machine that can pass a minute.
    test.slow();
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}
