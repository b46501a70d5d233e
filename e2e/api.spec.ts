import { expect, test } from '@playwright/test';

const CONTACT_KEYS = [
  'bio',
  'city',
  'confirmedOn',
  'delegate',
  'email',
  'fullName',
  'hours',
  'languages',
  'leave',
  'links',
  'localName',
  'organisation',
  'phones',
  'role',
  'slug',
];
const RELEASE_SUMMARY_KEYS = ['dateline', 'language', 'links', 'publishedOn', 'slug', 'summary', 'title'];
const keys = (o: object) => Object.keys(o).sort();

test.describe('read-only API', () => {
  test('contacts of a city: public fields only, the e-mail only where the page shows one', async ({ request }) => {
    const response = await request.get('/api/v1/contacts?city=moscow');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers()['x-total-count']).toBe('2');
    const body = await response.json();
    expect(keys(body)).toEqual(['data', 'pagination']);
    expect(body.pagination).toEqual({ page: 1, perPage: 20, total: 2, totalPages: 1 });
    expect(body.data.map((c: { slug: string }) => c.slug)).toEqual(['ayuna-batoeva', 'tommaso-della-longa']);
    const [ayuna] = body.data;
    expect(keys(ayuna)).toEqual(CONTACT_KEYS);
    expect(keys(ayuna.city)).toEqual(['country', 'name', 'slug', 'timeZone']);
    expect(ayuna.phones.map((p: object) => keys(p))).toEqual([
      ['e164', 'extension', 'kind'],
      ['e164', 'extension', 'kind'],
    ]);
    expect(keys(ayuna.leave)).toEqual(['onLeave', 'returnsOn']);
    expect(keys(ayuna.links)).toEqual(['api', 'html', 'vcard']);
    expect(ayuna).toMatchObject({
      fullName: 'Ayuna Batoeva',
      localName: 'Аюна Батоева',
      email: null,
      phones: [
        { kind: 'mobile', e164: '+79166676977', extension: null },
        { kind: 'whatsapp', e164: '+79166676977', extension: null },
      ],
    });
    expect(ayuna.hours[0]).toEqual({ weekday: 1, start: '09:00', end: '19:00' });
    expect(JSON.stringify(body)).not.toMatch(/"(id|active|cityId|createdAt|updatedAt|successorId|delegateId)"/);
  });

  test('one contact, and the delegate who takes their calls', async ({ request }) => {
    const { data } = await (await request.get('/api/v1/contacts/jonas-weber')).json();
    expect(keys(data)).toEqual(CONTACT_KEYS);
    expect(data.email).toBe('jonas.weber@example.org');
    expect(data.leave.onLeave).toBe(true);
    expect(keys(data.delegate)).toEqual(['fullName', 'phones', 'slug']);
    expect(data.delegate).toMatchObject({ slug: 'marie-claudet', phones: [{ e164: '+33786895089' }] });
  });

  test('releases: paginated with Link headers, filtered by city, drafts never shown', async ({ request }) => {
    const response = await request.get('/api/v1/releases?per_page=5&page=2');
    const body = await response.json();
    // Other specs publish releases meanwhile: at least the 13 of the demo.
    const total = Number(response.headers()['x-total-count']);
    expect(total).toBeGreaterThanOrEqual(13);
    expect(body.pagination).toEqual({ page: 2, perPage: 5, total, totalPages: Math.ceil(total / 5) });
    expect(body.data).toHaveLength(5);
    expect(keys(body.data[0])).toEqual(RELEASE_SUMMARY_KEYS);
    const link = response.headers()['link']!;
    expect(link).toMatch(/<http:\/\/127\.0\.0\.1:\d+\/api\/v1\/releases\?per_page=5&page=1>; rel="prev"/);
    expect(link).toMatch(/per_page=5&page=3>; rel="next"/);
    expect(link).toContain('rel="first"');
    expect(link).toContain('rel="last"');

    const moscow = await (await request.get('/api/v1/releases?city=moscow')).json();
    expect(moscow.data.map((r: { slug: string }) => r.slug)).toEqual(['ifrc-president-rocca-meets-president-putin']);

    const { data } = await (await request.get('/api/v1/releases/ifrc-president-rocca-meets-president-putin')).json();
    expect(keys(data)).toEqual([...RELEASE_SUMMARY_KEYS, 'body', 'contacts', 'translations'].sort());
    expect(data.language).toBe('en');
    expect(data.translations.map((t: { language: string; slug: string }) => [t.language, t.slug])).toEqual([
      ['ru', 'ifrc-president-rocca-meets-president-putin-ru'],
      ['fr', 'ifrc-president-rocca-meets-president-putin-fr'],
    ]);
    expect(data.contacts.map((c: { label: string; contact: { slug: string } }) => [c.label, c.contact.slug])).toEqual([
      ['Moscow', 'ayuna-batoeva'],
      ['Moscow', 'tommaso-della-longa'],
      ['Geneva', 'marie-claudet'],
    ]);
    expect(keys(data.contacts[0])).toEqual(['contact', 'label', 'listedName']);
    expect(keys(data.contacts[0].contact)).toEqual(['email', 'fullName', 'organisation', 'phones', 'role', 'slug']);

    expect((await request.get('/api/v1/releases/example-draft-annual-review')).status()).toBe(404);
    const all = await (await request.get('/api/v1/releases?per_page=100')).json();
    expect(all.data.map((r: { slug: string }) => r.slug)).not.toContain('example-draft-annual-review');
  });

  test('cities list with the press desk', async ({ request }) => {
    // The largest page: other specs add test cities meanwhile (staff-admin, the access table, the inbox), and a
    // page of 20 by name would not reach the last demo city. Compared by name among the demo cities.
    const { data } = await (await request.get('/api/v1/cities?per_page=100')).json();
    const DEMO = ['geneva', 'kuala-lumpur', 'moscow', 'nairobi', 'panama-city'];
    const demo = data.filter((c: { slug: string }) => DEMO.includes(c.slug));
    expect(demo.map((c: { slug: string }) => c.slug)).toEqual([
      'geneva',
      'kuala-lumpur',
      'moscow',
      'nairobi',
      'panama-city',
    ]);
    expect(keys(demo[0])).toEqual(['country', 'links', 'localName', 'name', 'pressDesk', 'slug', 'timeZone']);
    expect(demo[0]).toMatchObject({
      name: 'Geneva',
      localName: 'Genève',
      pressDesk: { email: 'geneva.media@example.org', dutyPhone: '+442079460102' },
    });
  });

  test('ETag: the same answer again is a 304 without a body', async ({ request }) => {
    const first = await request.get('/api/v1/contacts/marie-claudet');
    const etag = first.headers()['etag']!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await request.get('/api/v1/contacts/marie-claudet', { headers: { 'if-none-match': etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()['etag']).toBe(etag);
    expect(await again.body()).toHaveLength(0);
    const other = await request.get('/api/v1/contacts/marie-claudet', {
      headers: { 'if-none-match': '"something-else"' },
    });
    expect(other.status()).toBe(200);
  });

  test('bad parameters are a 400 in JSON; unknown things a 404 in JSON', async ({ request }) => {
    const tooMany = await request.get('/api/v1/contacts?per_page=101');
    expect(tooMany.status()).toBe(400);
    expect(await tooMany.json()).toEqual({
      error: {
        code: 'invalid_query',
        message: 'The query parameters are not valid (per_page: per_page must be at most 100).',
        problems: [{ parameter: 'per_page', message: 'per_page must be at most 100' }],
      },
    });
    for (const path of [
      '/api/v1/releases?page=zero',
      '/api/v1/cities?city=geneva',
      '/api/v1/contacts?citty=geneva',
      '/api/v1/contacts/marie-claudet?x=1',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect((await response.json()).error.code, path).toBe('invalid_query');
    }
    for (const path of [
      '/api/v1/contacts/nobody',
      '/api/v1/releases/nothing',
      '/api/v1/contacts?city=atlantis',
      '/api/v1/people',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toBe('application/json; charset=utf-8');
      expect((await response.json()).error.code, path).toBe('not_found');
    }
  });
});
