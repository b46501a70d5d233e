import crypto from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { test } from './fixtures';

test.use({ signedInAs: 'admin' });

/**
 * A French spreadsheet export as Excel saves it: BOM, semicolons, quotes. Its "Contact" column holds the
 * names but is not a header Pressline guesses, so the admin maps it. Row 2 is new (a national French
 * mobile, read in Paris), row 3 is a demo contact Pressline knows by e-mail, row 4 cannot be reached.
 */
function spreadsheet(tag: string) {
  // 06 12 … is a range in use (libphonenumber refuses numbers from unallocated ones).
  const mobile = `06 12 ${String(crypto.randomInt(100_000, 999_999))}`;
  const e164 = `+33612${mobile.slice(6)}`;
  const rows = [
    'Contact;Société;Adresse de messagerie;Téléphone mobile;Ville;Langues',
    `"Élodie Martin ${tag}";"Croix-Rouge; Paris";elodie.${tag}@example.org;${mobile};Paris;"Français, anglais"`,
    'Jonas Weber;;jonas.weber@example.org;;Geneva;',
    `Sans Moyen ${tag};;;n/a;Paris;`,
  ];
  return { buffer: Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf8'), e164, name: `Élodie Martin ${tag}` };
}

async function importSpreadsheet(page: Page, axe: boolean) {
  const tag = crypto.randomBytes(3).toString('hex');
  const file = spreadsheet(tag);
  await page.goto('/staff/contacts/import');
  await page
    .getByLabel('Contact list (.vcf or .csv)')
    .setInputFiles({ name: 'presse.csv', mimeType: 'text/csv', buffer: file.buffer });
  await page.getByRole('button', { name: 'Preview' }).click();

  // The mapping step: guesses from the headers, the first rows to check them against.
  await expect(page.getByText('Read 3 rows and 6 columns')).toBeVisible();
  await expect(page.getByRole('region', { name: /The first 3 of 3 rows/ })).toContainText(file.name);
  await expect(page.getByLabel('Column 2: Société')).toHaveValue('organisation');
  await expect(page.getByLabel('Column 3: Adresse de messagerie')).toHaveValue('email');
  await expect(page.getByLabel('Column 4: Téléphone mobile')).toHaveValue('mobile');
  await expect(page.getByLabel('Column 6: Langues')).toHaveValue('languages');
  await page.getByRole('button', { name: 'Preview the people' }).click();
  await expect(page.getByText('Choose the column that holds each person’s name')).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  await page.getByLabel('Column 1: Contact').selectOption('name');
  await page.getByLabel('City for rows without one').selectOption({ label: 'Geneva' });
  await page.getByRole('button', { name: 'Preview the people' }).click();

  // The review step, the vCard import's own: nothing is saved yet.
  await expect(page.getByText('Read 2 people: 1 already in Pressline, 1 new; 1 row refused')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Rows not imported (1)' })).toContainText(
    `Row 4 (Sans Moyen ${tag}): No e-mail address and no number to call (n/a: A phone number needs digits.)`,
  );
  const known = page.getByRole('group', { name: 'Row 3: Jonas Weber' });
  await expect(known).toContainText('Already in Pressline: Jonas Weber (by e-mail).');
  await expect(known.getByRole('checkbox')).not.toBeChecked();
  const fresh = page.getByRole('group', { name: `Row 2: ${file.name}` });
  await expect(fresh).toContainText(`Mobile +33 6`);
  await expect(fresh).toContainText('speaks French, English');
  await expect(fresh.getByLabel('City 2')).toHaveValue(/\d+/);
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import the ticked people' }).click();

  await expect(page.getByText('Imported 1 person, awaiting review')).toBeVisible();
  await page.getByRole('link', { name: file.name }).click();
  await expect(page.getByRole('heading', { name: 'Awaiting review' })).toBeVisible();
  const number = page.getByLabel('Number 1', { exact: true });
  await expect(number).toBeVisible();
  expect((await number.inputValue()).replace(/\D/g, '')).toBe(file.e164.slice(1));
}

test('an admin maps a spreadsheet’s columns, previews the people and imports the new one for review (axe)', async ({
  page,
}) => {
  await importSpreadsheet(page, true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the upload, the mapping and the review are plain forms', async ({ page }) => {
    await importSpreadsheet(page, false);
  });
});
