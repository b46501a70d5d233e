import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './fixtures';

/** Every number the city page's call buttons dial, in page order. */
const telNumbers = (page: Page) =>
  page.locator('main a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test(
  'Moscow in Russian and Geneva in French, at 360 px: the language, headings and call buttons, the same numbers, and axe finds nothing',
  { tag: '@phone' },
  async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const cases = [
      { city: 'moscow', locale: 'ru', heading: 'Москва: пресс-секретари', call: /^Позвонить: Ayuna Batoeva,/ },
      { city: 'geneva', locale: 'fr', heading: 'Porte-parole à Genève', call: /^Appeler Marie Claudet,/ },
    ];
    for (const { city, locale, heading, call } of cases) {
      await page.goto(`/cities/${city}`);
      const english = await telNumbers(page);
      expect(english.length).toBeGreaterThan(0);

      await page.goto(`/${locale}/cities/${city}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('link', { name: call }).first()).toBeVisible();
      // The same people, the same numbers: only the words change.
      expect((await telNumbers(page)).sort()).toEqual([...english].sort());
      const links = page.locator('main a[href^="/contacts/"], main a[href^="/cities/"]');
      await expect(links).toHaveCount(0);
      await expectNoAxeViolations(page);
    }

    // Moscow's page lists the Russian version of the demo release, and the Russian home names the city in Russian.
    await page.goto('/ru/cities/moscow');
    const rocca = 'ifrc-president-rocca-meets-president-putin';
    await expect(page.getByRole('link', { name: /^Президент МФОКК/ })).toHaveAttribute(
      'href',
      `/ru/releases/${rocca}-ru`,
    );
    await expect(page.getByRole('link', { name: /^IFRC President/ })).toHaveCount(0);
    await page.goto('/ru');
    await expect(page.locator('main a[href="/ru/cities/moscow"]').first()).toContainText('Москва');
  },
);

test('an officer’s edit on /me shows on the Russian and French pages at once, role in their language', async ({
  page,
  officer,
}) => {
  const { contact } = officer;
  // Both language versions are cached before the edit.
  await page.goto(`/ru/contacts/${contact.slug}`);
  await expect(page.getByText('Media officer (test)')).toHaveAttribute('lang', 'en');
  await page.goto(`/fr/contacts/${contact.slug}`);
  await expect(page.getByText('Media officer (test)')).toHaveAttribute('lang', 'en');

  await page.goto('/me');
  const number = `+44 20 7946 ${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`;
  await page.getByLabel('Number 1', { exact: true }).fill(number);
  await page.getByRole('group', { name: 'Русский' }).getByLabel('Role in Russian').fill('Пресс-секретарь (тест)');
  await page.getByRole('group', { name: 'Français' }).getByLabel('Role in French').fill('Attaché de presse (test)');
  await page.getByRole('button', { name: 'Save and confirm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved and confirmed.' })).toBeVisible();

  const tel = `tel:${number.replace(/\s/g, '')}`;
  for (const [locale, role, call] of [
    ['ru', 'Пресс-секретарь (тест)', `Позвонить: ${contact.fullName},`],
    ['fr', 'Attaché de presse (test)', `Appeler ${contact.fullName},`],
  ] as const) {
    await page.goto(`/${locale}/contacts/${contact.slug}`);
    // The first answer after the save is already the new page: nothing waits for a cache to expire.
    const card = page.getByRole('article');
    await expect(card.getByRole('link', { name: call })).toHaveAttribute('href', tel, { timeout: 1000 });
    await expect(card.getByText(role)).not.toHaveAttribute('lang', /./, { timeout: 1000 });
  }
  await page.goto(`/cities/${contact.citySlug}`);
  await expect(
    page.getByRole('article', { name: new RegExp(contact.fullName) }).getByText('Media officer (test)'),
  ).toBeVisible();
});
