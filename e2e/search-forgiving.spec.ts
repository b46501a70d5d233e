import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';

const people = (page: Page) => page.getByRole('region', { name: /^People/ });
const releases = (page: Page) => page.getByRole('region', { name: /^Releases/ });
const cities = (page: Page) => page.getByRole('region', { name: /^Cit(y|ies)$/ });
const releaseTitles = async (page: Page, q: string) => {
  await page.goto(`/search?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  return releases(page).getByRole('heading', { level: 3 }).allTextContents();
};

test.describe('search that forgives how a name was heard', () => {
  test('"geneve", "Genève" and "Женева" find the releases that say Geneva, and the city', async ({ page }) => {
    const geneva = await releaseTitles(page, 'geneva');
    expect(geneva.length).toBeGreaterThan(0);
    for (const q of ['geneve', 'Genève', 'Женева']) {
      expect(await releaseTitles(page, q), q).toEqual(geneva);
      const city = cities(page).getByRole('link', { name: 'Geneva (Genève)' });
      await expect(city).toHaveAttribute('href', '/cities/geneva');
    }
    const duty = cities(page).getByRole('link', { name: /24\/7 duty line/ });
    await expect(duty).toHaveAttribute('href', 'tel:+442079460102');
    await cities(page).getByRole('link', { name: 'Geneva (Genève)' }).click();
    await expect(page).toHaveURL(/\/cities\/geneva$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Geneva');
  });

  test('"tomaso" finds Tommaso Della Longa, and his city page', async ({ page }) => {
    await page.goto('/search?q=tomaso');
    const tommaso = people(page).getByRole('article', { name: /Tommaso Della Longa/ });
    await expect(tommaso).toBeVisible();
    // Other specs add people while this runs (one is a "Tomas", as close to "tomaso"): Tommaso is found whatever
    // else is, and whoever can take a call now is listed first.
    const city = people(page).getByRole('link', { name: 'Everyone in Moscow, and the 24/7 duty line' }).first();
    await expect(city).toHaveAttribute('href', '/cities/moscow');
    await city.click();
    await expect(page).toHaveURL(/\/cities\/moscow$/);
  });

  test('"Батоева" typed in the search box finds Ayuna Batoeva, "batoyeva" too', async ({ page }) => {
    await page.goto('/search');
    const box = page.getByRole('searchbox');
    await expect(box).toHaveCount(1);
    await box.pressSequentially('Батоева');
    await expect(page).toHaveURL(/\/search\?q=%D0%91/);
    await expect(people(page).getByRole('article', { name: /Ayuna Batoeva/ })).toBeVisible();
    await page.goto('/search?q=batoyeva');
    await expect(people(page).getByRole('article', { name: /Ayuna Batoeva/ })).toBeVisible();
  });

  test('every dateline place that is a city links to its page', async ({ page }) => {
    await page.goto('/search?q=putin');
    const result = releases(page).getByRole('listitem').first();
    await expect(result.getByText('Moscow/Geneva, 6 December 2021')).toBeVisible();
    await expect(result.getByRole('link', { name: 'Moscow', exact: true })).toHaveAttribute('href', '/cities/moscow');
    await expect(result.getByRole('link', { name: 'Geneva', exact: true })).toHaveAttribute('href', '/cities/geneva');
  });

  test('the search page has one search box; other pages keep the header one', async ({ page }) => {
    await page.goto('/search?q=geneve');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(page.getByRole('search')).toHaveCount(1);
    await page.goto('/releases');
    await expect(page.getByRole('banner').getByRole('searchbox')).toHaveCount(1);
  });

  for (const q of ['geneve', 'tomaso', 'Батоева', 'Женева']) {
    test(`axe finds nothing on the results for "${q}"`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole('region', { name: /^People/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('one search box, and "tomaso" still finds Tommaso with a link to his city', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await page.getByRole('searchbox').fill('tomaso');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=tomaso$/);
    await expect(people(page).getByRole('article', { name: /Tommaso Della Longa/ })).toBeVisible();
    await expect(people(page).getByRole('link', { name: 'Everyone in Moscow, and the 24/7 duty line' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(1);
  });
});
