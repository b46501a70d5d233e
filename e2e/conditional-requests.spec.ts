import { expect, test } from '@playwright/test';

// Each kind of public data made by a route handler: both feeds, a vCard, the API (decision 0063).
const URLS = [
  '/feeds/releases.xml',
  '/feeds/cities/moscow.xml',
  '/contacts/ayuna-batoeva/vcard',
  '/api/v1/contacts/ayuna-batoeva',
  '/api/v1/cities',
];

test('feeds, vCards and the API answer 304 to their own ETag and to If-Modified-Since, with the same Vary', async ({
  request,
}) => {
  for (const path of URLS) {
    // As a browser asks: compressed. The weak tag is the same for every encoding of the same body.
    const first = await request.get(path, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(first.status(), path).toBe(200);
    const h = first.headers();
    expect(h['etag'], path).toMatch(/^W\/"[\w-]+"$/);
    expect(h['vary'], path).toMatch(/accept-encoding/i);
    expect(Date.parse(h['last-modified']!), path).not.toBeNaN();
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['etag'], path).toBe(h['etag']);

    const byTag = await request.get(path, {
      headers: { 'accept-encoding': 'gzip, br', 'if-none-match': h['etag']! },
    });
    expect(byTag.status(), path).toBe(304);
    expect(await byTag.body(), path).toHaveLength(0);
    for (const name of ['etag', 'vary', 'last-modified', 'cache-control'])
      expect(byTag.headers()[name], `${path} ${name}`).toBe(h[name]);

    const byDate = await request.get(path, { headers: { 'if-modified-since': h['last-modified']! } });
    expect(byDate.status(), path).toBe(304);
    const older = new Date(Date.parse(h['last-modified']!) - 60_000).toUTCString();
    expect((await request.get(path, { headers: { 'if-modified-since': older } })).status(), path).toBe(200);
    expect((await request.get(path, { headers: { 'if-none-match': 'W/"not-this"' } })).status(), path).toBe(200);
  }
});

test('Ayuna Batoeva’s vCard keeps her name in Cyrillic', async ({ request }) => {
  const card = await (await request.get('/contacts/ayuna-batoeva/vcard')).text();
  expect(card).toContain('FN:Ayuna Batoeva\r\n');
  expect(card).toContain('NICKNAME:Аюна Батоева\r\n');
});
