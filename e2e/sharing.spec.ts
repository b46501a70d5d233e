import { XMLParser } from 'fast-xml-parser';
import type { APIRequestContext } from '@playwright/test';
import { demoContacts } from '../db/demo-data';
import { cachedPagePaths } from '../lib/http/public-companions';
import { expect, openTestDb, test } from './fixtures';

const ROCCA = '/releases/ifrc-president-rocca-meets-president-putin';

/** The <meta> and <link rel="canonical"> of a page, as a link unfurler reads them from the HTML. */
async function headTags(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const head = html.slice(0, html.indexOf('</head>'));
  const meta: Record<string, string> = {};
  for (const [, key, content] of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g))
    meta[key!] ??= content!.replace(/&amp;/g, '&');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
  return { meta, canonical };
}

test('a shared release link shows its title, date and where its contacts are, with a share image', async ({
  request,
}) => {
  const { meta, canonical } = await headTags(request, ROCCA);
  expect(canonical).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${ROCCA}$`));
  expect(meta['og:url']).toBe(canonical);
  expect(meta['og:title']).toBe('IFRC President Francesco Rocca meets with Russian President Vladimir Putin');
  expect(meta['og:type']).toBe('article');
  expect(meta['og:description']).toContain('6 December 2021');
  expect(meta['og:description']).toContain('Contacts in Moscow and Geneva');
  expect(meta['twitter:card']).toBe('summary_large_image');
  expect(meta['twitter:title']).toBe(meta['og:title']);

  const image = new URL(meta['og:image']!);
  // The path an edit drops (lib/http/public-companions.ts) is the one pages name.
  expect(cachedPagePaths([ROCCA])).toContain(image.pathname);
  const png = await request.get(image.pathname + image.search);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('a shared contact link shows name, role and city; a city link its desk and a share image', async ({ request }) => {
  const contact = await headTags(request, '/contacts/ayuna-batoeva');
  expect(contact.canonical).toMatch(/\/contacts\/ayuna-batoeva$/);
  expect(contact.meta['og:title']).toBe('Ayuna Batoeva, Moscow');
  expect(contact.meta['og:description']).toContain('Media contact, IFRC, Moscow');

  const city = await headTags(request, '/cities/moscow');
  expect(city.canonical).toMatch(/\/cities\/moscow$/);
  expect(city.meta['og:description']).toContain('Moscow press desk');
  expect(city.meta['og:description']).toContain('+44 20 7946 0101');
  const image = new URL(city.meta['og:image']!);
  expect(cachedPagePaths(['/cities/moscow'])).toContain(image.pathname);
  // Moscow's share image draws "Москва" with the bundled Cyrillic font, never a fetched one.
  const png = await request.get(image.pathname + image.search);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await request.get(image.pathname.replace('moscow', 'atlantis'))).status()).toBe(404);
});

test('robots.txt, sitemap.xml and security.txt point crawlers and researchers at the public site only', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  for (const path of ['/staff', '/me', '/requests', '/request-status/', '/search', '/api/'])
    expect(robots).toContain(`Disallow: ${path}\n`);
  expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);

  // What must be listed, read before the sitemap is: other specs add (and remove) their own rows meanwhile.
  const db = openTestDb();
  const slugs = (sql: string) => (db.prepare(sql).all() as { slug: string }[]).map((r) => r.slug);
  const cities = slugs('select slug from cities');
  const releases = slugs("select slug from releases where status = 'published'");
  const drafts = slugs("select slug from releases where status = 'draft'");
  // The demo's own people: other specs make and deactivate theirs while this runs.
  const demo = new Set(demoContacts.map((c) => c.slug));
  const contacts = slugs('select slug from contacts where active = 1').filter((slug) => demo.has(slug));
  db.close();
  expect(contacts.length).toBeGreaterThan(5);

  const response = await request.get('/sitemap.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const parsed = new XMLParser().parse(await response.text());
  const locs = new Set(([] as { loc: string }[]).concat(parsed.urlset.url).map((u) => new URL(u.loc).pathname));
  for (const slug of cities) expect(locs).toContain(`/cities/${slug}`);
  for (const slug of releases) expect(locs).toContain(`/releases/${slug}`);
  for (const slug of contacts) expect(locs).toContain(`/contacts/${slug}`);
  for (const slug of drafts) expect(locs).not.toContain(`/releases/${slug}`);
  for (const path of locs) expect(path).not.toMatch(/^\/(staff|me|requests|request-status|search|api|sign-in)\b/);

  const security = await request.get('/.well-known/security.txt');
  expect(security.headers()['content-type']).toContain('text/plain');
  const fields = await security.text();
  expect(fields).toMatch(/^Contact: (mailto:|https:\/\/)\S+$/m);
  expect(Date.parse(/^Expires: (.+)$/m.exec(fields)![1]!)).toBeGreaterThan(Date.now());
  expect(fields).toMatch(/^Canonical: http:\/\/127\.0\.0\.1:\d+\/\.well-known\/security\.txt$/m);
  expect(fields).toMatch(/^Preferred-Languages: en$/m);
});

test('the releases list offers its Atom feed to people and to feed readers', async ({ page }) => {
  await page.goto('/releases');
  await expect(page.getByRole('link', { name: /^Subscribe \(Atom\)/ })).toHaveAttribute('href', '/feeds/releases.xml');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /^http:\/\/127\.0\.0\.1:\d+\/feeds\/releases\.xml$/,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/releases$/);
});
