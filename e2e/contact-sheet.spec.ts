import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { PNG } from 'pngjs';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoAxeViolations } from './a11y';
import { expect, openTestDb, test } from './fixtures';

type Person = { slug: string; fullName: string; numbers: string[] };

/** Moscow's desk and its active spokespeople with their numbers, as the database holds them now. */
function moscow() {
  const db = openTestDb();
  try {
    const city = db.prepare("select id, duty_phone as dutyPhone from cities where slug = 'moscow'").get() as {
      id: number;
      dutyPhone: string;
    };
    const people = db
      .prepare('select id, slug, full_name as fullName from contacts where city_id = ? and active = 1')
      .all(city.id) as { id: number; slug: string; fullName: string }[];
    const phones = db.prepare('select e164 from contact_phones where contact_id = ? order by position');
    return {
      dutyPhone: city.dutyPhone,
      people: people.map((p): Person => ({
        slug: p.slug,
        fullName: p.fullName,
        numbers: (phones.all(p.id) as { e164: string }[]).map((r) => r.e164),
      })),
    };
  } finally {
    db.close();
  }
}

/** "+79166676977" → "+7 916 667 69 77", as the sheet writes it. */
const readable = (e164: string) => parsePhoneNumberFromString(e164)!.formatInternational();

// QR modules of a few device pixels each, so the reader is not guessing at anti-aliased edges.
test.use({ deviceScaleFactor: 3 });

test('printing a city page gives one A4 page: every number as text, and a QR code per person that saves their card', async ({
  page,
}) => {
  const { dutyPhone, people } = moscow();
  expect(people.length).toBeGreaterThan(0);

  await page.goto('/cities/moscow');
  // On screen the page offers its feed and its sheet.
  await expect(page.getByRole('link', { name: /^Subscribe \(Atom\)/ })).toHaveAttribute(
    'href',
    '/feeds/cities/moscow.xml',
  );
  await expect(page.getByRole('link', { name: 'Print a contact sheet' })).toHaveAttribute(
    'href',
    '/cities/moscow/sheet',
  );
  await expect(page.locator('[data-contact-sheet]')).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  // What is not printed: the header with its navigation and search, the request form, the footer.
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  for (const form of await page.locator('form').all()) await expect(form).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.locator('[data-duty-bar]')).toBeHidden();
  const sheet = page.locator('[data-contact-sheet]');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(/Printed on \d{1,2} \w+ \d{4} — check http:\/\/[^ ]+\/cities\/moscow for updates/);

  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  expect(doc.numPages).toBe(1);
  const { text } = await extractText(doc, { mergePages: true });
  expect(text).toContain(readable(dutyPhone));
  for (const person of people) {
    expect(text).toContain(person.fullName);
    for (const e164 of person.numbers) expect(text, person.fullName).toContain(readable(e164));
  }

  // One QR code per person, each a vCard that parses and names that person and their numbers.
  const codes = sheet.locator('[data-sheet-qr]');
  await expect(codes).toHaveCount(people.length);
  for (const person of people) {
    const png = PNG.sync.read(await sheet.locator(`[data-sheet-qr="${person.slug}"]`).screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded, `${person.fullName}'s QR code`).not.toBeNull();
    const card = new ICAL.Component(ICAL.parse(decoded!.data));
    expect(card.name).toBe('vcard');
    expect(card.getFirstPropertyValue('fn')).toBe(person.fullName);
    const tels = card.getAllProperties('tel').map((t) => String(t.getFirstValue()));
    for (const e164 of person.numbers) expect(tels.some((t) => t.startsWith(e164))).toBe(true);
  }
});

test('the contact sheet page passes axe, and prints without the header', async ({ page }) => {
  await page.goto('/cities/moscow/sheet');
  await expect(page.getByRole('heading', { level: 1, name: 'Moscow: press contacts' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/cities\/moscow$/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByText('Print this page')).toBeHidden();
  await expect(page.locator('[data-sheet-qr]').first()).toBeVisible();
});
