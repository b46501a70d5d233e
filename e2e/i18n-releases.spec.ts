import crypto from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './fixtures';

const ROCCA = 'ifrc-president-rocca-meets-president-putin';
const alsoIn = (page: import('@playwright/test').Page, name: RegExp) => page.getByRole('navigation', { name });

test(
  'the demo release in Russian at 360 px: its own lang, "Also in" the other versions, the list and feed, axe',
  {
    tag: '@phone-only',
  },
  async ({ page, request }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/ru/releases/${ROCCA}-ru`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText(/^Президент МФОКК Франческо Рокка/);
    await expect(title).toHaveAttribute('lang', 'ru');
    await expect(page.locator('time').first()).toHaveText('6 декабря 2021 г.');
    await expect(page.getByRole('heading', { level: 2, name: 'Подробности и интервью' })).toBeVisible();
    const versions = alsoIn(page, /^Этот релиз на других языках$/);
    await expect(versions).toContainText('На других языках:');
    // Each version's name in its own language, the link in the reader's URL language.
    await expect(versions.getByRole('link', { name: 'English' })).toHaveAttribute('href', `/ru/releases/${ROCCA}`);
    await expect(versions.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
    await expect(versions.getByRole('link', { name: 'Français' })).toHaveAttribute('href', `/ru/releases/${ROCCA}-fr`);
    await expectNoAxeViolations(page);

    // The French version read in Russian: the chrome stays Russian, the release is marked French.
    await versions.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(new RegExp(`/ru/releases/${ROCCA}-fr$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    await expect(alsoIn(page, /^Этот релиз на других языках$/).getByRole('link')).toHaveText(['English', 'Русский']);

    // The English page of the Russian version: English around, Russian inside.
    await page.goto(`/releases/${ROCCA}-ru`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'ru');
    await expect(alsoIn(page, /^This release in other languages$/)).toContainText('Also in: English · Français');

    // The Russian list shows the Russian version of the group, once; the English list the English one.
    await page.goto('/ru/releases?page=2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Пресс-релизы');
    await expect(page.getByText(/^\d+ релиз(а|ов)?, сначала новые\. Страница 2 из \d+\.$/)).toBeVisible();
    await expect(page.getByRole('link', { name: /^Президент МФОКК/ })).toHaveAttribute(
      'href',
      `/ru/releases/${ROCCA}-ru`,
    );
    await expect(page.getByRole('link', { name: /^IFRC President Francesco Rocca/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    const feed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (n) => n === 'entry',
    }).parse(await (await request.get('/fr/feeds/releases.xml')).text()).feed;
    expect(feed['@xml:lang']).toBe('fr');
    expect(feed.title['#text']).toBe('Pressline\u00a0: communiqués');
    const entry = feed.entry.find((e: { id: string }) => e.id.endsWith(`/releases/${ROCCA}-fr`));
    expect(entry['@xml:lang']).toBe('fr');
    expect(feed.entry.some((e: { id: string }) => e.id.endsWith(`/releases/${ROCCA}`))).toBe(false);
  },
);

test.describe('an admin links translations', () => {
  test.use({ signedInAs: 'admin' });

  test('two releases linked as translations both show "Also in", cached pages included', async ({ page, db }) => {
    const tag = crypto.randomBytes(4).toString('hex');
    const insert = db.prepare(
      "insert into releases (slug, title, published_on, summary, body, status) values (?, ?, '2000-01-03', ?, 'Body.', 'published')",
    );
    const english = { slug: `e2e-i18n-${tag}`, title: `E2E linked release ${tag}` };
    const french = { slug: `e2e-i18n-${tag}-fr`, title: `Communiqué lié E2E ${tag}` };
    insert.run(english.slug, english.title, 'Summary.');
    insert.run(french.slug, french.title, 'Résumé.');
    // Both pages are cached before the link exists.
    for (const r of [english, french]) {
      await page.goto(`/releases/${r.slug}`);
      await expect(page.getByRole('navigation', { name: 'This release in other languages' })).toHaveCount(0);
    }

    await page.goto(`/staff/releases/${french.slug}`);
    await page.getByLabel('Dateline').fill('Genève');
    await page.getByLabel('Language').selectOption('fr');
    await page.getByLabel('Translation of').selectOption({ label: `${english.title} — English, 2000-01-03` });
    await page.getByRole('button', { name: 'Save release' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByText('Also in: English')).toBeVisible();

    await page.goto(`/releases/${english.slug}`);
    const fromEnglish = page.getByRole('navigation', { name: 'This release in other languages' });
    await expect(fromEnglish.getByRole('link', { name: 'Français' })).toHaveAttribute(
      'href',
      `/releases/${french.slug}`,
    );
    await page.goto(`/fr/releases/${french.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    const fromFrench = page.getByRole('navigation', { name: 'Ce communiqué dans d’autres langues' });
    await expect(fromFrench).toContainText('Disponible aussi en\u00a0: English');
    await expect(fromFrench.getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      `/fr/releases/${english.slug}`,
    );
  });
});
