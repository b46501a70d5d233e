import { expectNoAxeViolations } from './a11y';
import { createContact, createUser, expect, test } from './fixtures';

const randomUkNumber = () => `+44 20 7946 ${String(Math.floor(Math.random() * 1000)).padStart(4, '0')}`;

test('an officer signs in, changes a number and hours, and the city page dials the new number', async ({
  page,
  db,
}) => {
  const contact = createContact(db);
  const user = await createUser(db, { role: 'officer', contactId: contact.id, password: 'correct horse battery' });
  await page.goto('/me');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fme$/);
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'My details', level: 1 })).toBeVisible();

  const number = randomUkNumber();
  await page.getByLabel('Number 1', { exact: true }).fill(number);
  await page.getByLabel('From (Tuesday)').fill('10:00');
  await page.getByLabel('To (Tuesday)').fill('16:30');
  await page.getByRole('button', { name: 'Save and confirm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved and confirmed.' })).toBeVisible();
  // Shown back normalised.
  await expect(page.getByLabel('Number 1', { exact: true })).toHaveValue(number);

  // Tuesday 1 December 2026, 12:00 in Kuala Lumpur: inside the new Tuesday hours.
  await page.clock.setFixedTime(new Date('2026-12-01T04:00:00Z'));
  await page.goto(`/cities/${contact.citySlug}`);
  const card = page.getByRole('article', { name: new RegExp(contact.fullName) });
  await expect(card.getByRole('link', { name: new RegExp(`^Call ${contact.fullName}`) })).toHaveAttribute(
    'href',
    `tel:${number.replace(/\s/g, '')}`,
  );
  await expect(card.locator('[data-status]')).toHaveText('Available now, until 16:30');
});

test(
  'on a phone, /me fits the screen, "Same hours Monday to Friday" fills five days, and Save and confirm says "confirmed today" publicly',
  { tag: '@phone' },
  async ({ page, officer }) => {
    await page.goto(`/contacts/${officer.contact.slug}`);
    await expect(page.getByText(/Details confirmed 200 days ago/)).toBeVisible();
    await page.goto('/me');
    const hours = page.getByRole('group', { name: 'Weekly hours' });
    await expect(hours).toBeVisible();
    const overflow = () =>
      page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.getByLabel('From (Monday)').fill('08:30');
    await page.getByLabel('To (Monday)').fill('17:00');
    const same = page.getByRole('checkbox', { name: 'Same hours Monday to Friday' });
    if (await same.isChecked()) await same.uncheck();
    await same.check();
    for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await expect(page.getByLabel(`From (${day})`)).toHaveValue('08:30');
      await expect(page.getByLabel(`To (${day})`)).toHaveValue('17:00');
    }
    await expect(page.getByLabel('From (Saturday)')).toHaveValue('');
    await page.getByRole('button', { name: 'Same as Friday for Saturday' }).click();
    await expect(page.getByLabel('To (Saturday)')).toHaveValue('17:00');
    await page.getByLabel('From (Saturday)').fill('');
    await page.getByLabel('To (Saturday)').fill('');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Save and confirm' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved and confirmed.' })).toBeVisible();
    await expect(page.getByLabel('To (Thursday)')).toHaveValue('17:00');
    await expect(page.getByRole('checkbox', { name: 'Same hours Monday to Friday' })).toBeChecked();
    await page.goto(`/contacts/${officer.contact.slug}`);
    await expect(page.getByText('Details confirmed today')).toBeVisible();
  },
);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the "Same hours Monday to Friday" box is honoured by the server: two fields fill the week', async ({
    page,
    officer,
  }) => {
    await page.goto('/me');
    await expect(page.getByRole('button', { name: /^Same as/ })).toHaveCount(0);
    await page.getByLabel('From (Monday)').fill('07:45');
    await page.getByLabel('To (Monday)').fill('16:15');
    await page.getByRole('checkbox', { name: 'Same hours Monday to Friday' }).check();
    await page.getByRole('button', { name: 'Save and confirm' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved and confirmed.' })).toBeVisible();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      await expect(page.getByLabel(`To (${day})`)).toHaveValue('16:15');
    await expect(page.getByLabel('To (Saturday)')).toHaveValue('');
    expect(officer.contact.id).toBeGreaterThan(0);
  });
});

test('a bad number is refused next to its field and everything typed stays', async ({ page, officer }) => {
  await page.goto('/me');
  await page.getByLabel('Role', { exact: true }).fill('Спикер по Азии');
  await page.getByLabel('Number 2', { exact: true }).fill('+41 12');
  await page.getByText('Second slot on Friday').click();
  await page.getByLabel('From (Friday, second slot)').fill('14:00');
  await page.getByLabel('To (Friday, second slot)').fill('18:00');
  await page.getByRole('button', { name: 'Save and confirm' }).click();
  const field = page.getByLabel('Number 2', { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expect(page.getByText('“+41 12” has too few digits for a number in Switzerland (+41).')).toBeVisible();
  await expect(field).toHaveValue('+41 12');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Спикер по Азии');
  await expect(page.getByLabel('To (Friday, second slot)')).toHaveValue('18:00');
  await page.goto(`/contacts/${officer.contact.slug}`);
  await expect(page.getByText('Спикер по Азии')).toHaveCount(0);
});

test('officer pages have no accessibility violations', async ({ page, officer }) => {
  // Four full axe scans in one test: on a loaded 2-core machine that can pass a minute.
  test.slow();
  for (const path of ['/staff', '/me', '/staff/history', '/requests']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  expect(officer.contact.id).toBeGreaterThan(0);
});
