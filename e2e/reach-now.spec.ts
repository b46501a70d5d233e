import { expect, test, type Page } from '@playwright/test';
import { openTestDb } from './fixtures';
import { expectNoAxeViolations } from './a11y';
import { createCity, createPerson, createRelease, inThreeWeeks } from './reach-world';

/**
 * "Who do I call, right now?" from every page that lists people (issue #14), at any hour: the data
 * is chosen so the test holds whenever it runs (on duty around the clock, no hours at all, on leave).
 */
// Opened on first use and closed after each worker's share of this file (tests may come back to a worker).
let connection: ReturnType<typeof openTestDb> | null = null;
const db = () => (connection ??= openTestDb());
test.afterAll(() => {
  connection?.close();
  connection = null;
});

const cardNames = (page: Page) =>
  page
    .locator('article h2, article h3')
    .filter({ has: page.locator('a[href^="/contacts/"]') })
    .allTextContents();

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the city page lists the person who can take a call now first, and says why', async ({ page }) => {
      const city = createCity(db());
      // Alphabetically first, but off hours (no hours at all) or away: they must come after.
      createPerson(db(), city, 'Aaron Away', { leaveUntil: inThreeWeeks() });
      createPerson(db(), city, 'Bea Offhours');
      createPerson(db(), city, 'Zoe Onduty', { hours: 'always' });
      await page.goto(`/cities/${city.slug}`);
      expect((await cardNames(page)).map((n) => n.trim())).toEqual(['Zoe Onduty', 'Bea Offhours', 'Aaron Away']);
      await expect(
        page.getByText('Available now first, then whoever is back soonest, then people on leave.'),
      ).toBeVisible();
      const zoe = page.getByRole('article', { name: 'Zoe Onduty' });
      await expect(zoe.locator('[data-status]')).toHaveText('Available now, around the clock');
      await expect(
        page.getByText(new RegExp(`^It (is|was) [A-Z][a-z]{2} \\d\\d:\\d\\d in ${city.name}`)),
      ).toBeVisible();
      // Someone is on duty: nothing is pinned.
      await expect(page.locator('[data-duty-bar]')).toHaveCount(0);
    });

    test('a release whose people are all off hours pins the city desk’s duty line as a tel: link, and says why', async ({
      page,
    }) => {
      const city = createCity(db());
      const people = [createPerson(db(), city, 'Olga Offhours'), createPerson(db(), city, 'Pavel Offhours')];
      const release = createRelease(db(), city, people);
      await page.goto(`/releases/${release.slug}`);
      const bar = page.locator('[data-duty-bar]');
      await expect(bar).toContainText(`Nobody listed is on duty now in ${city.name}: call the 24/7 duty line.`);
      await expect(bar.getByRole('link', { name: /^Call the .* press desk/ })).toHaveAttribute(
        'href',
        `tel:${city.dutyPhone}`,
      );
      // Pinned to the bottom of the screen, at most a quarter of it.
      const box = (await bar.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(box.y + box.height).toBeCloseTo(viewport.height, 0);
      expect(box.height).toBeLessThanOrEqual(viewport.height / 4 + 1);
    });

    test('an on-leave contact labels the delegate’s numbers and their own apart, and the form says who gets it', async ({
      page,
    }) => {
      const city = createCity(db());
      const delegate = createPerson(db(), city, 'Tomas Delegate', { hours: 'always' });
      const away = createPerson(db(), city, 'Ayla Away', { leaveUntil: inThreeWeeks(), delegateId: delegate.id });
      await page.goto(`/contacts/${away.slug}`);
      const card = page.getByRole('article', { name: 'Ayla Away' });
      const covering = card.getByRole('region', { name: 'Tomas Delegate, covering for Ayla Away' });
      await expect(covering.getByText('Call Tomas Delegate, covering for Ayla Away')).toBeVisible();
      await expect(covering.getByRole('link', { name: /^Call Tomas Delegate/ })).toHaveAttribute(
        'href',
        `tel:${delegate.phone}`,
      );
      await expect(covering.locator('[data-status]')).toHaveText('Available now, around the clock');
      const own = card.getByRole('region', { name: "Ayla Away's own numbers" });
      await expect(
        own.getByText(/^Ayla Away’s own numbers \(on leave until \d{1,2} [A-Z][a-z]+, may not answer\):$/),
      ).toBeVisible();
      await expect(own.getByRole('link', { name: /^Call Ayla Away/ })).toHaveAttribute('href', `tel:${away.phone}`);
      await expect(page.locator('#request')).toContainText(
        `This request goes to Tomas Delegate, covering for Ayla Away (${city.name}).`,
      );
    });

    test('unknown contact, release and city pages are the site’s own Not found page, with status 404', async ({
      page,
    }) => {
      for (const path of ['/contacts/no-such-person-zz', '/releases/no-such-release-zz', '/cities/no-such-city-zz']) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(page.getByRole('link', { name: 'See all cities' })).toHaveAttribute('href', '/');
        await expect(page.getByRole('searchbox', { name: /Search people, cities and releases/ })).toBeVisible();
      }
    });
  });
}

test('the interview language is a choice: none preset unless the browser’s language is spoken', async ({
  page,
  browser,
}) => {
  const city = createCity(db());
  const russian = createPerson(db(), city, 'Raisa Russian', { hours: 'always', languages: ['ru'] });
  await page.goto(`/contacts/${russian.slug}`);
  const language = page.locator('#request').getByLabel('Language of the interview *');
  // An English browser, a Russian speaker: nothing chosen for the journalist.
  await expect(language).toHaveValue('');
  await expect(language.locator('optgroup').first()).toHaveAttribute('label', 'Spoken by this spokesperson');
  await expect(language.locator('optgroup').first().locator('option')).toHaveText(['Russian']);
  // A Russian browser: preset to Russian, which she speaks.
  const context = await browser.newContext({ locale: 'ru-RU' });
  const ru = await context.newPage();
  await ru.goto(`/contacts/${russian.slug}`);
  await expect(ru.locator('#request').getByLabel('Language of the interview *')).toHaveValue('ru');
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the journalist’s time zone and the language are choices, not the spokesperson’s', async ({ page }) => {
    await page.goto('/contacts/ayuna-batoeva');
    const form = page.locator('#request');
    await expect(form.getByLabel('Your time zone')).toHaveValue('');
    await expect(form.getByLabel('Language of the interview *')).toHaveValue('');
  });
});

const PUBLIC_PAGES = [
  '/',
  '/cities/geneva',
  '/cities/moscow',
  '/contacts/ayuna-batoeva',
  '/contacts/jonas-weber',
  '/releases',
  '/search?q=geneva',
  '/about',
];

test('axe (4.14 rules) reports nothing on the public pages', async ({ page }) => {
  // Nine pages scanned in one test: on a loaded 2-core machine that alone came near the 60 s default.
  test.slow();
  const release = db()
    .prepare("select slug from releases where status = 'published' order by id limit 1")
    .pluck()
    .get() as string;
  for (const path of [...PUBLIC_PAGES, `/releases/${release}`, '/contacts/no-such-person-zz']) {
    await page.goto(path);
    await test.step(path, () => expectNoAxeViolations(page));
  }
});

test('no link or button is smaller than 24×24 CSS px on the city, contact, release and search pages', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const release = db()
    .prepare("select slug from releases where status = 'published' order by id limit 1")
    .pluck()
    .get() as string;
  for (const path of [
    '/cities/moscow',
    '/cities/geneva',
    '/contacts/ayuna-batoeva',
    '/contacts/jonas-weber',
    `/releases/${release}`,
    '/search?q=geneva',
    '/search?q=tomaso',
  ]) {
    await page.goto(path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input[type=submit], select')]
        // Links inside running text are exempt (WCAG 2.5.8 "inline"); the release body is such text.
        .filter((el) => !el.closest('[data-prose]') && el.getClientRects().length > 0 && !el.closest('.sr-only'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(
          ({ el, r }) =>
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    );
    expect(small, path).toEqual([]);
  }
});

test('at 200% zoom the pinned fallback takes at most a quarter of the screen and folds away', async ({ page }) => {
  // A 1280×800 window at 200% zoom is 640×400 CSS px.
  await page.setViewportSize({ width: 640, height: 400 });
  const city = createCity(db());
  const release = createRelease(db(), city, [createPerson(db(), city, 'Nina Nohours')]);
  await page.goto(`/releases/${release.slug}`);
  const bar = page.locator('[data-duty-bar]');
  await expect(bar.getByRole('link', { name: /^Call the .* press desk/ })).toBeVisible();
  const open = (await bar.boundingBox())!.height;
  expect(open).toBeLessThanOrEqual(100);
  await bar.locator('summary').click();
  await expect(bar.getByRole('link', { name: /^Call the .* press desk/ })).toBeHidden();
  // Folded, only the reason and its "Show number" remain.
  expect((await bar.boundingBox())!.height).toBeLessThan(open * 0.75);
});
