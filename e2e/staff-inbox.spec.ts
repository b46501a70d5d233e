import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { addSession, createContact, createUser, expect, test } from './fixtures';
import { expectConfirmation, fillRequest, submitRequest, uniqueEmail } from './request-form';

/** `at` as a datetime-local value on a wall clock in `timeZone`, to the minute. */
/** At 360 px nothing may push the page sideways. */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

function wallClock(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' })
    .format(at)
    .replace(' ', 'T');
}

test('a request is new to the Moscow officer until opened, shows on their clock, is due in 24 h; axe passes on the staff home and inbox', async ({
  page,
  context,
  browser,
  baseURL,
  db,
}) => {
  // A city of its own in Moscow's zone: only this test's request reaches this officer, whatever other specs add.
  const tag = crypto.randomBytes(4).toString('hex');
  const citySlug = `inboxville-${tag}`;
  db.prepare(
    "insert into cities (slug, name, country, time_zone, desk_email, duty_phone) values (?, ?, 'RU', 'Europe/Moscow', ?, '+74959374440')",
  ).run(citySlug, `Inboxville ${tag}`, `desk-${tag}@example.org`);
  const spokesperson = createContact(db, { city: citySlug });
  const officer = await createUser(db, { role: 'officer', contactId: spokesperson.id });
  const journalistName = `Olivia Hartley ${tag}`;

  // The journalist, in London, asks for an interview due in six hours.
  const journalist = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${crypto.randomInt(1, 255)}` },
  });
  const form = await journalist.newPage();
  await form.goto(`/contacts/${spokesperson.slug}`);
  await fillRequest(form, {
    journalistName,
    outlet: 'The Example Courier',
    email: uniqueEmail('inbox'),
    deadline: wallClock(new Date(Date.now() + 6 * 3_600_000), 'Europe/London'),
    timeZone: 'Europe/London',
    topic: `Winter shelter in Moscow ${tag}`,
  });
  await submitRequest(form);
  const { reference } = await expectConfirmation(form);
  await journalist.close();

  // The officer's home: one new request, its deadline on Moscow's clock, London's on hover.
  await addSession(db, context, baseURL!, officer.id);
  await page.goto('/staff');
  const nav = page.getByRole('navigation', { name: 'Staff' });
  await expect(nav.getByRole('link', { name: 'Requests (1 new)' })).toBeVisible();
  const needsMe = page.getByRole('region', { name: 'What needs me now' });
  await expect(needsMe.getByText('1 new, 1 waiting for an answer.')).toBeVisible();
  const item = needsMe.getByRole('listitem').filter({ hasText: journalistName });
  await expect(item.getByText('New', { exact: true })).toBeVisible();
  await expect(item.getByText('due within 24 h')).toBeVisible();
  const deadline = item.locator('time');
  await expect(deadline).toHaveText(/^\w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2} MSK$/);
  await expect(deadline).toHaveAttribute('title', /\d{2}:\d{2} (GMT|BST) for the journalist \(Europe\/London\)$/);
  await expectNoAxeViolations(page);
  expect(await fitsWidth(page)).toBe(true);

  // Opening it reads it: the count in the navigation goes, and the home says so.
  await item.getByRole('link', { name: new RegExp(reference) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(reference) })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Requests', exact: true })).toBeVisible();
  await expect(page.getByText(/\d{2}:\d{2} (GMT|BST) \(Europe\/London\)/)).toBeVisible();
  await nav.getByRole('link', { name: 'Dashboard' }).click();
  await expect(needsMe.getByText('0 new, 1 waiting for an answer.')).toBeVisible();
  await expect(
    needsMe.getByRole('listitem').filter({ hasText: journalistName }).getByText('New', { exact: true }),
  ).toHaveCount(0);

  // The inbox's quick filters: due in 24 h shows it, overdue does not.
  await nav.getByRole('link', { name: 'Requests', exact: true }).click();
  const filters = page.getByRole('navigation', { name: 'Quick filters' });
  await filters.getByRole('link', { name: 'Due in 24 h' }).click();
  await expect(page).toHaveURL(/\/requests\?due=soon&sort=deadline$/);
  await expect(filters.getByRole('link', { name: 'Due in 24 h' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('listitem').filter({ hasText: journalistName })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await fitsWidth(page)).toBe(true);
  await filters.getByRole('link', { name: 'Overdue' }).click();
  await expect(filters.getByRole('link', { name: 'Overdue' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('listitem').filter({ hasText: journalistName })).toHaveCount(0);

  // The officer moves their clock to London: the same deadline now reads in GMT (or BST).
  await nav.getByRole('link', { name: 'My details' }).click();
  await page.getByLabel('Show times in').selectOption('Europe/London');
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Staff pages show times in Europe/London.' })).toBeVisible();
  await nav.getByRole('link', { name: 'Dashboard' }).click();
  await expect(needsMe.getByRole('listitem').filter({ hasText: journalistName }).locator('time')).toHaveText(
    /, \d{2}:\d{2} (GMT|BST)$/,
  );
});
