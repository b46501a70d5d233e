import { XMLParser } from 'fast-xml-parser';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';

const switchIn = (page: Page, label: string) => page.getByRole('navigation', { name: label, exact: true });
const hreflangs = (page: Page) =>
  page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((l) => [l.getAttribute('hreflang'), new URL((l as HTMLLinkElement).href).pathname]),
    );

test(
  'the language switch keeps the page, hreflang and the sitemap name all three languages; the Russian and French home pass axe',
  {
    tag: '@phone-only',
  },
  async ({ page, request, browser }) => {
    await page.goto('/ru/cities/moscow');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    const ru = switchIn(page, 'Язык');
    await expect(ru.getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'page');
    await expect(ru.getByRole('link', { name: 'English' })).toHaveAttribute('hreflang', 'en');
    expect(await hreflangs(page)).toEqual([
      ['en', '/cities/moscow'],
      ['ru', '/ru/cities/moscow'],
      ['fr', '/fr/cities/moscow'],
      ['x-default', '/cities/moscow'],
    ]);
    await ru.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/cities\/moscow$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await switchIn(page, 'Langue').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/cities\/moscow$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Without JavaScript too: the links are in the server's HTML, and the list of a city's releases keeps its city.
    const list = await (await request.get('/ru/releases?city=geneva')).text();
    expect(list).toContain('href="/fr/releases?city=geneva"');
    expect(list).toContain('href="/releases?city=geneva"');
    // With JavaScript, a client-side change of city on that list moves the switch along.
    await page.goto('/ru/releases?city=geneva');
    await page.locator('main a[href$="releases?city=moscow"]').first().click();
    await expect(page).toHaveURL(/releases\?city=moscow$/);
    await expect(page.getByRole('link', { name: 'Français', exact: true })).toHaveAttribute(
      'href',
      '/fr/releases?city=moscow',
    );
    const search = await (await request.get(`/fr/search?q=${encodeURIComponent('Женева')}`)).text();
    expect(search).toContain(`href="/ru/search?q=${encodeURIComponent('Женева')}"`);

    const sitemap = new XMLParser({ ignoreAttributes: false }).parse(await (await request.get('/sitemap.xml')).text());
    type Url = { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] };
    const urls = ([] as Url[]).concat(sitemap.urlset.url);
    const moscow = urls.filter((u) => /\/cities\/moscow$/.test(u.loc)).map((u) => new URL(u.loc).pathname);
    expect(moscow).toEqual(['/cities/moscow', '/ru/cities/moscow', '/fr/cities/moscow']);
    const links = urls.find((u) => u.loc.endsWith('/fr/cities/moscow'))!['xhtml:link'];
    expect(links.map((l) => [l['@_hreflang'], new URL(l['@_href']).pathname])).toEqual([
      ['en', '/cities/moscow'],
      ['ru', '/ru/cities/moscow'],
      ['fr', '/fr/cities/moscow'],
      ['x-default', '/cities/moscow'],
    ]);

    // A reader whose browser puts Russian first is offered the Russian home, on the same English page.
    const russian = await browser.newContext({ locale: 'ru-RU', viewport: { width: 360, height: 740 } });
    const reader = await russian.newPage();
    const home = await reader.goto('/');
    expect(home?.status()).toBe(200);
    await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
    await expect(reader.getByRole('link', { name: 'Эта страница есть на русском' })).toHaveAttribute('href', '/ru');
    await russian.close();

    for (const [path, heading] of [
      ['/ru', 'Кому позвонить прямо сейчас?'],
      ['/fr', 'Qui appeler, tout de suite\u00a0?'],
    ]) {
      await page.goto(path!);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
      await expectNoAxeViolations(page);
    }
  },
);

test(
  '«Женева» on the Russian search finds Geneva and its releases as "Geneva" does; the Russian and French search pass axe',
  {
    tag: '@phone-only',
  },
  async ({ page }) => {
    const releases = page.getByRole('region', { name: /^Релизы/ });
    const titles = async (q: string) => {
      await page.goto(`/ru/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Поиск');
      await expect(page.getByRole('status')).toHaveText(/^Найдено: /);
      return releases.getByRole('heading', { level: 3 }).allTextContents();
    };
    const geneva = await titles('Geneva');
    expect(geneva.length).toBeGreaterThan(0);
    expect(await titles('Genève')).toEqual(geneva);

    await page.goto('/ru/search');
    await page.getByRole('searchbox', { name: 'Поиск людей, городов, языков и релизов' }).fill('Женева');
    await page.getByRole('button', { name: 'Найти' }).click();
    await expect(page).toHaveURL(/\/ru\/search\?q=%D0%96/);
    const city = page.getByRole('region', { name: /^Город/ }).getByRole('link', { name: /Женева|Geneva/ });
    await expect(city).toHaveAttribute('href', '/ru/cities/geneva');
    await expect(releases.getByRole('heading', { level: 3 })).toHaveText(geneva);
    // The first is datelined Geneva, and links there in Russian.
    await expect(
      releases
        .getByRole('listitem')
        .first()
        .getByRole('link', { name: /Женева|Geneva/ }),
    ).toHaveAttribute('href', '/ru/cities/geneva');
    await expectNoAxeViolations(page);

    await page.goto(`/fr/search?q=${encodeURIComponent('Genève')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recherche');
    await expect(page.getByRole('region', { name: /^Communiqués/ }).getByRole('heading', { level: 3 })).toHaveText(
      geneva,
    );
    await expectNoAxeViolations(page);
  },
);
