import crypto from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { expectNoAxeViolations } from './a11y';
import { createContact, expect, test } from './fixtures';

test.use({ signedInAs: 'admin' });

/**
 * A fictional release in the shape press offices print them: its contacts block names one person Pressline knows and
 * one it does not.
 */
function releaseText({
  word,
  knownName,
  knownEmail,
  newName,
  newNumber,
}: {
  word: string;
  knownName: string;
  knownEmail: string;
  newName: string;
  newNumber: string;
}) {
  return [
    `Example: volunteers reopen the ${word} water points`,
    '',
    // Older than every demo release, so the demo's own list order (tested elsewhere) stays as it was.
    'Nairobi, 5 January 2000 – A fictional release written for the import test. Volunteers repaired',
    `the pumps of the ${word} district, and the water points serve families again.`,
    '',
    'For more information and to set up interviews:',
    `In Nairobi: ${knownName}, ${knownEmail}`,
    `In Nairobi: ${newName}, Communications officer, +${newNumber.slice(1, 3)} ${newNumber.slice(3, 6)} ${newNumber.slice(6, 9)} ${newNumber.slice(9)}, [email\u00a0protected]`,
  ].join('\n');
}

/** One fictional number per Playwright project, so the two projects' runs never recognise each other's new person. */
const NEW_NUMBERS: Record<string, string> = {
  desktop: '+61491570156',
  phone: '+61491570157',
  'no-js desktop': '+61491570158',
  'no-js phone': '+61491570159',
};

const feedTitles = async (response: { text(): Promise<string> }) =>
  (new XMLParser({ isArray: (name) => name === 'entry' }).parse(await response.text()).feed.entry ?? []).map(
    (e: { title: string }) => e.title,
  );

test(
  'an admin pastes a release, reviews what was read, saves it, adds the new person and publishes it',
  { tag: '@phone' },
  async ({ page, db, request }, info) => {
    test.slow(); // four axe scans and a dozen page loads
    const known = createContact(db, { city: 'nairobi' });
    const knownEmail = `${known.slug}@example.org`;
    db.prepare('update contacts set email = ? where id = ?').run(knownEmail, known.id);
    const word = `maji${crypto.randomBytes(4).toString('hex')}`;
    const newName = `Amani Wekesa${String.fromCharCode(...crypto.randomBytes(4).map((b) => 97 + (b % 26)))}`;
    const newNumber = NEW_NUMBERS[info.project.name]!;
    const title = `Example: volunteers reopen the ${word} water points`;

    await page.goto('/staff/releases');
    await page.getByRole('link', { name: 'Import a release from its text' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import a release' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Nothing pasted: refused beside the box.
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(
      page.getByText('Paste the release, or at least its media-contacts block, or choose a .txt or .html file.'),
    ).toBeVisible();
    await expect(page.getByLabel('Release text')).toBeFocused();

    await page
      .getByLabel('Release text')
      .fill(releaseText({ word, knownName: known.fullName, knownEmail, newName, newNumber }));
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Read 2 contacts: 1 already in Pressline, 1 new. Check everything below, then save the draft.',
    );
    await expect(page.getByLabel('Title')).toHaveValue(title);
    await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2000-01-05');
    await expect(page.getByLabel('Dateline')).toHaveValue('Nairobi');
    await expect(page.getByRole('region', { name: /Could not be read for certain/ })).toContainText('hidden');

    const first = page.getByRole('group', { name: /^Contact 1:/ });
    await expect(first).toContainText('Already in Pressline (recognised by its e-mail address).');
    await expect(first.getByLabel('Who is contact 1?')).toHaveValue(String(known.id));
    const second = page.getByRole('group', { name: `Contact 2: ${newName}` });
    await expect(second).toContainText('Not in Pressline yet: proposed as a new contact.');
    await expect(second.getByLabel('Who is contact 2?')).toHaveValue('new');
    await expect(second.getByLabel('Number 1 (contact 2)', { exact: true })).toHaveValue(newNumber);
    await expect(second.getByLabel('City 2', { exact: true })).toHaveText(/Nairobi/);
    await expectNoAxeViolations(page);

    // Edit: a summary, the new person's organisation, and a wrong second number that must be refused in place.
    await page.getByLabel('Summary').fill('Fictional: water points reopened after repairs.');
    await second.getByLabel('Organisation 2').fill('Example Red Cross');
    await second.getByLabel('Number 2 (contact 2)', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toHaveText(
      'Nothing was saved yet. Please correct the marked fields.',
    );
    const wrong = page.getByLabel('Number 2 (contact 2)', { exact: true });
    await expect(wrong).toBeFocused();
    await expect(wrong).toHaveAttribute('aria-invalid', 'true');
    // Described by the phone rows' hint and by its own error, which names the problem.
    const describedBy = (await wrong.getAttribute('aria-describedby'))!.split(' ');
    const errorId = describedBy.find((id) => id.endsWith('-error'));
    expect(errorId).toBeDefined();
    await expect(page.locator(`#${errorId}`)).toHaveText(/number/i);
    // Everything typed is still there.
    await expect(page.getByLabel('Summary')).toHaveValue('Fictional: water points reopened after repairs.');
    await expect(page.getByLabel('Organisation 2')).toHaveValue('Example Red Cross');
    await expect(wrong).toHaveValue('12');
    expect(db.prepare('select count(*) n from releases where title = ?').get(title)).toEqual({ n: 0 });

    await wrong.fill('');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByRole('status')).toHaveText('Imported and saved as a draft. Check it below, then publish.');
    await expect(page.getByText('Draft: not on the public pages.')).toBeVisible();
    const draftUrl = page.url();
    const stored = db
      .prepare(
        'select c.full_name name, c.active, c.organisation, rc.city_label label from release_contacts rc join contacts c on c.id = rc.contact_id join releases r on r.id = rc.release_id where r.title = ? order by rc.position',
      )
      .all(title);
    expect(stored).toEqual([
      { name: known.fullName, active: 1, organisation: known.organisation, label: 'Nairobi' },
      { name: newName, active: 0, organisation: 'Example Red Cross', label: 'Nairobi' },
    ]);

    // The new person is not public yet, so the release cannot go out.
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not published' })).toContainText(
      `Not published: ${newName} is not in the public directory yet.`,
    );
    const review = page.getByRole('region', { name: 'Awaiting review (1)' });
    await expectNoAxeViolations(page);
    await review.getByRole('link', { name: newName }).click();
    await expect(page.getByRole('region', { name: 'Awaiting review' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Add to the directory' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added to the directory' })).toBeVisible();

    await page.goto(draftUrl);
    await expect(page.getByRole('region', { name: /Awaiting review/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Published' })).toBeVisible();

    // Public at once: the release page dials the new person, search finds it, the feed lists it.
    await page.getByRole('link', { name: /^\/releases\// }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const card = page.getByRole('article', { name: newName });
    await expect(card.getByRole('link', { name: /Call/ }).first()).toHaveAttribute('href', `tel:${newNumber}`);
    await page.goto(`/search?q=${word}`);
    await expect(page.getByRole('region', { name: /^Releases/ }).getByRole('link', { name: title })).toBeVisible();
    expect(await feedTitles(await request.get('/feeds/releases.xml'))).toContain(title);
    expect(await feedTitles(await request.get('/feeds/cities/nairobi.xml'))).toContain(title);
  },
);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an uploaded file is previewed and saved through plain form posts', async ({ page, db }, info) => {
    const known = createContact(db, { city: 'nairobi' });
    const knownEmail = `${known.slug}@example.org`;
    db.prepare('update contacts set email = ? where id = ?').run(knownEmail, known.id);
    const word = `nojs${crypto.randomBytes(4).toString('hex')}`;
    const newName = `Baraka Otieno${String.fromCharCode(...crypto.randomBytes(4).map((b) => 97 + (b % 26)))}`;
    await page.goto('/staff/releases/import');
    const file = page.getByLabel('Or a file');
    // A word-processor file is refused in place, not read as garbage.
    await file.setInputFiles({
      name: 'release.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0xff, 0xfe]),
    });
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByText('That file is not plain text (UTF-8).')).toBeVisible();
    const text = releaseText({
      word,
      knownName: known.fullName,
      knownEmail,
      newName,
      newNumber: NEW_NUMBERS[`no-js ${info.project.name}`]!,
    });
    await file.setInputFiles({
      name: 'release.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`\ufeff${text.replace(/\n/g, '\r\n')}`),
    });
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('status')).toContainText('Read 2 contacts: 1 already in Pressline, 1 new.');
    await page.getByLabel('Organisation 2').fill('Example Red Cross');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByRole('status')).toHaveText('Imported and saved as a draft. Check it below, then publish.');
    await expect(
      page.getByRole('region', { name: 'Awaiting review (1)' }).getByRole('link', { name: newName }),
    ).toBeVisible();
  });
});
