import { describe, expect, it } from 'vitest';
import { conditionalResponse, firstSeen, matchesETag } from './conditional';

let n = 0;
const url = () => `https://press.example.org/feeds/test-${++n}.xml`;
const get = (u: string, headers: Record<string, string> = {}) => new Request(u, { headers });
const HEADERS = { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=0' };

describe('conditionalResponse', () => {
  it('answers its own ETag with a 304 that keeps the validators, Vary and caching headers but no body', async () => {
    const u = url();
    const first = conditionalResponse(get(u), '<feed>Аюна</feed>', HEADERS);
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('<feed>Аюна</feed>');
    const etag = first.headers.get('etag')!;
    // Weak: the server sends the same body gzip'd, brotli'd or plain under this one tag.
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(first.headers.get('vary')).toBe('Accept-Encoding');

    const again = conditionalResponse(get(u, { 'if-none-match': etag }), '<feed>Аюна</feed>', HEADERS);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    for (const name of ['etag', 'last-modified', 'vary', 'cache-control'])
      expect(again.headers.get(name), name).toBe(first.headers.get(name));
    expect(again.headers.get('content-type')).toBeNull();
  });

  it('compares weakly, reads lists and *, and sends the new body once it changed', () => {
    const u = url();
    const etag = conditionalResponse(get(u), 'one', HEADERS).headers.get('etag')!;
    const strong = etag.replace(/^W\//, '');
    expect(conditionalResponse(get(u, { 'if-none-match': `"x", ${strong}` }), 'one', HEADERS).status).toBe(304);
    expect(conditionalResponse(get(u, { 'if-none-match': '*' }), 'one', HEADERS).status).toBe(304);
    expect(conditionalResponse(get(u, { 'if-none-match': etag }), 'two', HEADERS).status).toBe(200);
    expect(matchesETag(null, etag)).toBe(false);
  });

  it('answers If-Modified-Since by when this body was first sent, and lets If-None-Match win', () => {
    const u = url();
    const first = conditionalResponse(get(u), 'body', HEADERS);
    const lastModified = first.headers.get('last-modified')!;
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);
    expect(conditionalResponse(get(u, { 'if-modified-since': lastModified }), 'body', HEADERS).status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect(conditionalResponse(get(u, { 'if-modified-since': earlier }), 'body', HEADERS).status).toBe(200);
    expect(conditionalResponse(get(u, { 'if-modified-since': 'not a date' }), 'body', HEADERS).status).toBe(200);
    // A stale tag with a fresh date: the tag decides (RFC 9110 §13.2.2).
    const both = { 'if-none-match': 'W/"old"', 'if-modified-since': lastModified };
    expect(conditionalResponse(get(u, both), 'body', HEADERS).status).toBe(200);
  });
});

describe('firstSeen', () => {
  it('gives a changed body a later second even within the same second, and keeps it while unchanged', () => {
    const t = Date.UTC(2026, 11, 1, 3, 0, 0, 200);
    const a = firstSeen('/x', 'W/"a"', t);
    expect(a.getTime()).toBe(Date.UTC(2026, 11, 1, 3, 0, 0));
    const b = firstSeen('/x', 'W/"b"', t + 500);
    expect(b.getTime()).toBeGreaterThan(a.getTime());
    expect(firstSeen('/x', 'W/"b"', t + 60_000)).toEqual(b);
  });
});
