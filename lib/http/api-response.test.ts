import { describe, expect, it } from 'vitest';
import { invalidQuery, jsonResponse } from './api-response';

const get = (headers: Record<string, string> = {}) =>
  new Request('https://press.example.org/api/v1/cities', { headers });

describe('jsonResponse', () => {
  it('sends JSON with a weak ETag, and 304 without a body when If-None-Match names it', async () => {
    const first = jsonResponse(get(), { data: [1, 'é'] });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await first.json()).toEqual({ data: [1, 'é'] });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(first.headers.get('vary')).toBe('Accept-Encoding');

    const again = jsonResponse(get({ 'if-none-match': etag }), { data: [1, 'é'] });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');

    const changed = jsonResponse(get({ 'if-none-match': etag }), { data: [2] });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});

describe('invalidQuery', () => {
  it('is a 400 in JSON that names each problem', async () => {
    const response = invalidQuery([{ parameter: 'per_page', message: 'per_page must be at most 100' }]);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid_query',
        message: 'The query parameters are not valid (per_page: per_page must be at most 100).',
        problems: [{ parameter: 'per_page', message: 'per_page must be at most 100' }],
      },
    });
  });
});
