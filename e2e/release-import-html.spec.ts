import crypto from 'node:crypto';
import fs from 'node:fs';
import { encodeCloudflareEmail } from '../lib/release-import/cloudflare-email';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './fixtures';

test.use({ signedInAs: 'admin' });

/** Each project imports into a city of its own, which the demo data does not have; the gazetteer knows both. */
const CITIES: Record<string, { name: string; country: string; timeZone: string; numbers: [string, string] }> = {
  desktop: { name: 'Lima', country: 'PE', timeZone: 'America/Lima', numbers: ['+61491570160', '+61491570161'] },
  phone: { name: 'Quito', country: 'EC', timeZone: 'America/Guayaquil', numbers: ['+61491570162', '+61491570163'] },
};

const spaced = (e164: string) => `${e164.slice(0, 3)} ${e164.slice(3, 6)} ${e164.slice(6, 9)} ${e164.slice(9)}`;

/**
 * The fixture page (fixtures/releases/example-lima-2022-03-14.html), made this run's own: its city,
 * people, numbers and addresses — the addresses hidden again the way Cloudflare hides them.
 */
function releasePage(city: (typeof CITIES)[string], tag: string) {
  const people = [`Lucía Quispe${tag}`, `Mateo Huamán${tag}`];
  const emails = [`lucia.${tag}@example.org`, `mateo.${tag}@example.org`];
  let html = fs.readFileSync('fixtures/releases/example-lima-2022-03-14.html', 'utf8');
  const swap = (from: string, to: string) => {
    expect(html, `the fixture still has ${from}`).toContain(from);
    html = html.split(from).join(to);
  };
  swap('5b372e38323a752a2e32282b3e1b3e233a362b373e7534293c', encodeCloudflareEmail(emails[0]!, 0x5b));
  swap('a7cac6d3c2c889cfd2c6cac6c9e7c2dfc6cad7cbc289c8d5c0', encodeCloudflareEmail(emails[1]!, 0xa7));
  swap('Lucía Quispe', people[0]!);
  swap('Mateo Huamán', people[1]!);
  swap('+61491570110', city.numbers[0]);
  swap('+61 491 570 110', spaced(city.numbers[0]));
  swap('+61 491 570 111', spaced(city.numbers[1]));
  swap('hillside districts', `hillside districts ${tag}`);
  swap('Lima', city.name);
  return { html, people, emails, title: `Volunteers restore water to hillside districts ${tag}` };
}

test('an admin imports a release’s web page: hidden addresses recovered, a new city created, a clean public page', async ({
  page,
  db,
}, info) => {
  test.slow(); // two axe scans, two approvals and a dozen page loads
  const city = CITIES[info.project.name];
  expect(city, `a city for project ${info.project.name}`).toBeDefined();
  const tag = crypto
    .randomBytes(3)
    .toString('hex')
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
  const { html, people, emails, title } = releasePage(city!, tag);
  expect(db.prepare('select count(*) n from cities where name = ?').get(city!.name)).toEqual({ n: 0 });

  await page.goto('/staff/releases/import');
  await page
    .getByLabel('Or a file')
    .setInputFiles({ name: 'release.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Read 2 contacts: 0 already in Pressline, 2 new. 2 e-mail addresses were recovered from the page: confirm them. Check everything below, then save the draft.',
  );
  const recovered = page.getByRole('region', { name: 'Recovered from the page (2)' });
  for (const email of emails) await expect(recovered.getByRole('listitem').filter({ hasText: email })).toBeVisible();

  // The title without the dateline; the dateline and date in their own fields; the body without the contacts.
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2022-03-14');
  await expect(page.getByLabel('Dateline')).toHaveValue(city!.name);
  const body = await page.getByLabel('Body').inputValue();
  expect(body).toMatch(/^Volunteers repair a pump/);
  expect(body).not.toMatch(/14 March 2022|For more information|###|@example\.org|\+61/);
  await expect(page.getByLabel('About note')).toHaveValue(/^About the Example Red Cross[\s\S]*Notes to editors/);
  await page.getByText('Left out of the body (4)').click();
  await expect(page.getByText('Contacts block (listed as the release’s contacts)')).toBeVisible();

  // The city is proposed from the gazetteer, and both people are filed under it.
  const newCity = page.getByRole('group', { name: `New city: ${city!.name}` });
  await expect(newCity.getByLabel(`Create ${city!.name} when the draft is saved`)).toBeChecked();
  await expect(newCity.getByLabel('New city 1: country')).toHaveValue(city!.country);
  await expect(newCity.getByLabel('New city 1: time zone')).toHaveValue(city!.timeZone);
  await expect(page.getByLabel('City 1', { exact: true })).toHaveValue('new.0');
  await expect(page.getByLabel('E-mail 1', { exact: true })).toHaveValue(emails[0]!);
  await expectNoAxeViolations(page);

  // Saved without confirming the recovered addresses: refused beside each, nothing stored.
  await page.getByLabel('Organisation 1').fill('Example Red Cross');
  await page.getByLabel('Organisation 2').fill('Example Red Cross');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible();
  await expect(page.getByLabel('E-mail 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('This address was recovered from the page: tick that you checked it, correct it, or clear it.'),
  ).toHaveCount(2);
  expect(db.prepare('select count(*) n from cities where name = ?').get(city!.name)).toEqual({ n: 0 });

  await page.getByLabel('E-mail 1 was recovered from the page: I checked it').check();
  await page.getByLabel('E-mail 2 was recovered from the page: I checked it').check();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported and saved as a draft. Check it below, then publish.');
  const draftUrl = page.url();
  const stored = db.prepare('select slug, country, time_zone from cities where name = ?').get(city!.name) as {
    slug: string;
    country: string;
    time_zone: string;
  };
  expect(stored).toMatchObject({ country: city!.country, time_zone: city!.timeZone });
  const filed = db
    .prepare(
      'select c.full_name, c.email from contacts c join cities ci on ci.id = c.city_id where ci.name = ? order by c.id',
    )
    .all(city!.name);
  expect(filed).toEqual(people.map((name, i) => ({ full_name: name, email: emails[i] })));

  // The new people go through the directory's review before the release can go out.
  for (const name of people) {
    await page.goto(draftUrl);
    await page
      .getByRole('region', { name: /Awaiting review/ })
      .getByRole('link', { name })
      .click();
    await page.getByRole('button', { name: 'Add to the directory' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added to the directory' })).toBeVisible();
  }
  await page.goto(draftUrl);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published' })).toBeVisible();
  await page.getByRole('link', { name: /^\/releases\// }).click();

  const article = page.getByRole('article').first();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const text = await article.innerText();
  // The dateline once (under the title), the contacts once (as cards), no end mark, the About note apart.
  expect(text.split('14 March 2022').length - 1).toBe(1);
  expect(text).not.toMatch(/For more information and to set up interviews|###|Communications officer, \+/);
  // Each person is listed once, as a card; the body itself names nobody from the contacts block.
  const prose = await page.locator('[data-prose]').first().innerText();
  for (const name of people) {
    await expect(page.getByRole('article', { name })).toHaveCount(1);
    expect(prose, name).not.toContain(name);
  }
  await expect(page.getByRole('region', { name: 'About', exact: true })).toContainText(
    'The Example Red Cross is a fictional National Society',
  );
  for (const [i, name] of people.entries()) {
    await expect(page.getByRole('article', { name }).getByRole('link', { name: /Call/ }).first()).toHaveAttribute(
      'href',
      `tel:${city!.numbers[i]}`,
    );
  }
  // Every number on the page is a link to dial it (the request form's hint shows a format, not a number to call).
  const untappable = await article.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const number = /\+?\d[\d ().-]{6,}\d/.exec(node.textContent ?? '');
      if (number && !node.parentElement?.closest('a[href^="tel:"], a[href^="https://wa.me/"], #request, script, style'))
        found.push(number[0]);
    }
    return found;
  });
  expect(untappable).toEqual([]);
  await expectNoAxeViolations(page);

  // The city is public at once, with its own page.
  await page.goto(`/cities/${stored.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(city!.name);
});

/**
 * The contact-list fixture's new people get numbers of each project's own, so the two runs never recognise each
 * other's.
 */
const LIST_NUMBERS: Record<string, { mobile: string; office: string }> = {
  desktop: { mobile: '+61 491 570 164', office: '020 7946 0193' },
  phone: { mobile: '+61 491 570 165', office: '020 7946 0194' },
};

test('an admin imports a press office’s .vcf: known people matched, refused cards explained, new people awaiting review', async ({
  page,
  db,
}, info) => {
  const numbers = LIST_NUMBERS[info.project.name]!;
  const tag = crypto
    .randomBytes(3)
    .toString('hex')
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
  const vcf = fs
    .readFileSync('fixtures/contact-lists/press-office.vcf', 'utf8')
    .replace('lucia.quispe@example.org', `lucia.${tag}@example.org`)
    .replace(/Lucía Quispe/g, `Lucía Quispe${tag}`)
    .replace(/Quispe;Lucía/, `Quispe${tag};Lucía`)
    .replace(/Baraka Otieno/g, `Baraka Otieno${tag}`)
    .replace('+61 491 570 120', numbers.mobile)
    .replace('020 7946 0190', numbers.office);
  // Only this list's people: other specs add contacts in parallel.
  const count = () =>
    db
      .prepare('select count(*) n from contacts where full_name like ? or full_name like ?')
      .get(`%Quispe${tag}%`, `%Otieno${tag}%`);
  const before = count();

  await page.goto('/staff/contacts');
  await page.getByRole('link', { name: 'Import a contact list (.vcf or .csv)' }).click();
  await page
    .getByLabel('Contact list (.vcf or .csv)')
    .setInputFiles({ name: 'contacts.vcf', mimeType: 'text/vcard', buffer: Buffer.from(vcf) });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Read 3 people: 1 already in Pressline, 2 new; 2 cards refused (see why below). Nothing is saved until you import.',
  );
  const refused = page.getByRole('region', { name: 'Cards not imported (2)' });
  await expect(refused).toContainText('Card 4 (Press desk without means): No e-mail address and no number to call');
  await expect(refused).toContainText('Card 5 (nobody@example.org): The card has no name');
  const known = page.getByRole('group', { name: 'Card 2: Wanjiru Kamau' });
  await expect(known).toContainText('Already in Pressline: Wanjiru Kamau (by e-mail).');
  await expect(known.getByLabel('Import card 2 as a new contact')).not.toBeChecked();
  const lucia = page.getByRole('group', { name: `Card 1: Lucía Quispe${tag}` });
  await expect(lucia).toContainText('Fax +44 20 7946 0120');
  await expect(page.getByRole('group', { name: `Card 3: Baraka Otieno${tag}` })).toContainText('Left out: 12:');
  await expectNoAxeViolations(page);

  // Baraka's card says London, which Pressline lacks: refused in place until a city is chosen, nothing written.
  await expect(page.getByLabel('City 3', { exact: true })).toHaveValue('');
  await page.getByRole('button', { name: 'Import the ticked people' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible();
  await expect(page.getByLabel('City 3', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(count()).toEqual(before);

  await page.getByLabel('City 1', { exact: true }).selectOption({ label: 'Nairobi' });
  await page.getByLabel('City 3', { exact: true }).selectOption({ label: 'Nairobi' });
  await page.getByRole('button', { name: 'Import the ticked people' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Imported 2 people, awaiting review: add each to the directory from their page.',
  );
  await expect(page.getByRole('link', { name: `Baraka Otieno${tag}` })).toBeVisible();
  const stored = db.prepare('select full_name, active from contacts where full_name like ? order by id').all(`%${tag}`);
  expect(stored).toEqual([
    { full_name: `Lucía Quispe${tag}`, active: 0 },
    { full_name: `Baraka Otieno${tag}`, active: 0 },
  ]);
});
