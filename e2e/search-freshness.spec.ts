import crypto from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { createContact, expect, test } from './fixtures';

test.use({ signedInAs: 'admin' });

const titlesIn = async (response: { text(): Promise<string> }) => {
  const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(await response.text()).feed;
  return (feed.entry ?? []).map((e: { title: string }) => e.title);
};

test('a release an admin publishes is found by search and listed in the feeds at once', async ({
  page,
  db,
  request,
}) => {
  const contact = createContact(db, { city: 'nairobi' });
  const word = `kiwanja${crypto.randomBytes(4).toString('hex')}`;
  const title = `E2E search release ${word}`;
  // Both feeds are cached before the release exists.
  expect(await titlesIn(await request.get('/feeds/releases.xml'))).not.toContain(title);
  expect(await titlesIn(await request.get('/feeds/cities/nairobi.xml'))).not.toContain(title);

  await page.goto('/staff/releases/new');
  await page.getByLabel('Title').fill(title);
  // Older than every demo release, so the demo's own list order stays as it was.
  await page.getByLabel('Date', { exact: true }).fill('2000-01-04');
  await page.getByLabel('Dateline').fill('Nairobi');
  await page.getByLabel('Summary').fill('Made by the search end-to-end test.');
  await page.getByLabel('Body').fill(`Volunteers met at the **${word}** grounds.`);
  await page.getByLabel('Contact 1', { exact: true }).selectOption({ label: `${contact.fullName} — Nairobi` });
  await page.getByLabel('City label 1', { exact: true }).fill('Nairobi');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByText('Draft: not on the public pages.')).toBeVisible();
  const draft = page.url();

  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole('status')).toHaveText(/^Nothing matches\./);

  await page.goto(draft);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published' })).toBeVisible();

  await page.goto(`/search?q=${word}`);
  const result = page.getByRole('region', { name: /^Releases/ }).getByRole('listitem');
  await expect(result.getByRole('link', { name: title })).toBeVisible();
  await expect(result.locator('p mark')).toHaveText([word]);
  expect(await titlesIn(await request.get('/feeds/releases.xml'))).toContain(title);
  expect(await titlesIn(await request.get('/feeds/cities/nairobi.xml'))).toContain(title);
});
