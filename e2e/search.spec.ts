import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expectNoAxeViolations } from './a11y';

const ROCCA = 'IFRC President Francesco Rocca meets with Russian President Vladimir Putin';
const searchBox = (page: import('@playwright/test').Page) =>
  page.getByRole('searchbox', { name: 'Search people, cities, languages and releases' });
const people = (page: import('@playwright/test').Page) => page.getByRole('region', { name: /^People/ });
const releases = (page: import('@playwright/test').Page) => page.getByRole('region', { name: /^Releases/ });

test.describe('search', () => {
  test('"geneve" from the header finds the Geneva spokespeople, accent or not', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search people, cities and releases' }).fill('geneve');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=geneve$/);
    // At least the demo's three (other specs may add Geneva people while this runs).
    for (const name of ['Marie Claudet', 'Jonas Weber', 'Amara Okafor'])
      await expect(people(page).getByRole('article', { name })).toBeVisible();
    // The city's names stand for each other: Geneva is marked as well as Genève, and releases that say Geneva match.
    await expect(people(page).locator('mark').first()).toHaveText('Geneva');
    await expect(people(page).locator('mark').nth(1)).toHaveText('Genève');
    await expect(page.getByRole('status')).toHaveText(/^\d+ people and [1-9]\d* releases match\.$/);
  });

  test('"batoeva" finds Ayuna Batoeva, with a number to call', async ({ page }) => {
    await page.goto('/search?q=batoeva');
    const ayuna = people(page).getByRole('article', { name: /Ayuna Batoeva/ });
    await expect(ayuna.getByRole('link', { name: /^Call Ayuna Batoeva/ })).toHaveAttribute('href', 'tel:+79166676977');
  });

  test('results follow as you type: "tomm" finds Tommaso', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByText('Results appear as you type')).toBeVisible();
    await searchBox(page).pressSequentially('tomm');
    await expect(people(page).getByRole('article', { name: /Tommaso Della Longa/ })).toBeVisible();
    await expect(page).toHaveURL(/\/search\?q=tomm$/);
    await expect(searchBox(page)).toBeFocused();
    await searchBox(page).pressSequentially('aso della');
    await expect(page).toHaveURL(/q=tommaso%20della$/);
    await expect(people(page).getByRole('article')).toHaveCount(1);
  });

  test('a word from a release body finds it, with the word marked in the excerpt', async ({ page }) => {
    await page.goto('/search?q=vaccines');
    const result = releases(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: ROCCA }) });
    await expect(result.locator('mark')).toHaveText(['vaccines']);
    await expect(result).toContainText('fair distribution of vaccines');
    await expect(result.getByText('Moscow/Geneva, 6 December 2021')).toBeVisible();
    await result.getByRole('link', { name: ROCCA }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROCCA);
  });

  test('hostile or absurd queries get a helpful page, never an error', async ({ page }) => {
    for (const q of [
      '"',
      '*',
      '-',
      '"*-()^:',
      'NEAR(',
      'AND OR',
      `'; DROP TABLE contacts; --`,
      'putin" OR "1"="1',
      '<script>alert(1)</script>',
    ]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
      await expect(page.getByRole('status')).toBeVisible();
    }
    await page.goto(`/search?q=${encodeURIComponent('"*-()')}`);
    await expect(page.getByRole('status')).toContainText('type at least one letter or digit');
    const huge = await page.goto(`/search?q=${'putin%20'.repeat(600)}`);
    expect(huge?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText('Only the first 8 words');
    await page.goto('/search?q=zzyzx');
    await expect(page.getByRole('status')).toHaveText(/^Nothing matches\./);
  });

  // Results with people, with releases, a message, and the empty page.
  for (const path of ['/search?q=geneve', '/search?q=vaccines', '/search?q=%22%2A', '/search']) {
    test(`axe finds nothing on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'author'].includes(name),
});

test.describe('feeds', () => {
  test('the releases feed is valid Atom with every required element', async ({ page, request }) => {
    const response = await request.get('/feeds/releases.xml');
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = xml.parse(text).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/\/feeds\/releases\.xml$/);
    expect(feed.title['#text']).toBe('Pressline: releases');
    expect(Date.parse(feed.updated)).not.toBeNaN();
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/feeds\/releases\.xml$/,
    );
    for (const entry of feed.entry) {
      expect(Object.keys(entry).sort()).toEqual([
        '@xml:lang',
        'author',
        'id',
        'link',
        'published',
        'summary',
        'title',
        'updated',
      ]);
      // Each entry says its release's own language: a Cyrillic title is a Russian release, never marked English.
      expect(['en', 'ru', 'fr']).toContain(entry['@xml:lang']);
      if (/[а-яё]/i.test(entry.title['#text'])) expect(entry['@xml:lang']).toBe('ru');
    }
    const rocca = feed.entry.find((e: { title: { '#text': string } }) => e.title['#text'] === ROCCA);
    expect(rocca['@xml:lang']).toBe('en');
    expect(rocca.link[0]['@href']).toMatch(/\/releases\/ifrc-president-rocca-meets-president-putin$/);
    expect(rocca.author).toEqual([{ name: 'IFRC' }]);
    expect(rocca.published).toBe('2021-12-06T00:00:00.000Z');
    expect(text).not.toContain('annual review');

    // Pages point feed readers at it.
    await page.goto('/cities/moscow');
    const hrefs = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((links) => links.map((l) => new URL(l.getAttribute('href')!).pathname));
    // Absolute, on the configured public address (the root layout's metadataBase).
    expect(hrefs).toEqual(['/feeds/cities/moscow.xml', '/feeds/releases.xml']);
  });

  test('a city feed lists only releases datelined there; an unknown city has none', async ({ request }) => {
    const feed = xml.parse(await (await request.get('/feeds/cities/moscow.xml')).text()).feed;
    expect(feed.title['#text']).toBe('Pressline: releases from Moscow');
    expect(feed.entry.map((e: { title: { '#text': string } }) => e.title['#text'])).toEqual([ROCCA]);
    expect((await request.get('/feeds/cities/atlantis.xml')).status()).toBe(404);
    expect((await request.get('/feeds/cities/moscow.rss')).status()).toBe(404);
  });
});
