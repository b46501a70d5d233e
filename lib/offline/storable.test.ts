import { describe, expect, it } from 'vitest';
import { isStorableResponse, isStorableUrl, linkedDirectoryPaths, pageAssetPaths } from './storable';

const ORIGIN = 'https://pressline.example.org';
const at = (path: string) => new URL(path, ORIGIN);
const answer = (headers: Record<string, string>, status = 200, type: Response['type'] = 'basic') => ({
  status,
  type,
  headers: new Headers(headers),
});
const CACHED_PAGE = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=0, s-maxage=1' };

describe('what the phone keeps', () => {
  it('keeps the public directory and nothing with a query, a token or a staff path', () => {
    for (const path of ['/', '/about', '/cities/moscow', '/contacts/ayuna-batoeva', '/contacts/ayuna-batoeva/vcard'])
      expect(isStorableUrl(at(path), ORIGIN), path).toBe(true);
    expect(isStorableUrl(at('/releases/ifrc-president-rocca-meets-president-putin'), ORIGIN)).toBe(true);
    for (const path of [
      '/search?q=batoeva',
      '/cities/moscow?_rsc=1x2y',
      '/staff',
      '/staff/contacts/ayuna-batoeva',
      '/me',
      '/requests/12',
      '/request-status/0123456789abcdef0123456789abcdef',
      '/interview-requests/fix/0123456789abcdef0123456789abcdef',
      '/sign-in',
      '/api/v1/contacts',
      '/releases?city=moscow',
    ])
      expect(isStorableUrl(at(path), ORIGIN), path).toBe(false);
    expect(isStorableUrl(new URL('https://elsewhere.example/cities/moscow'), ORIGIN)).toBe(false);
  });

  it('keeps only answers a shared cache may keep: public, no cookie, HTML or a vCard', () => {
    expect(isStorableResponse(answer(CACHED_PAGE))).toBe(true);
    expect(isStorableResponse(answer({ ...CACHED_PAGE, 'content-type': 'text/vcard; charset=utf-8' }))).toBe(true);
    // What Next sends for pages rendered per request (staff, status links, search).
    const perRequest = 'private, no-cache, no-store, max-age=0, must-revalidate';
    expect(isStorableResponse(answer({ ...CACHED_PAGE, 'cache-control': perRequest }))).toBe(false);
    expect(isStorableResponse(answer({ ...CACHED_PAGE, 'cache-control': 'public, no-store' }))).toBe(false);
    expect(isStorableResponse(answer({ 'content-type': 'text/html' }))).toBe(false);
    expect(isStorableResponse(answer({ ...CACHED_PAGE, vary: 'Accept-Encoding, Cookie' }))).toBe(false);
    expect(isStorableResponse(answer({ ...CACHED_PAGE, 'content-type': 'application/json' }))).toBe(false);
    expect(isStorableResponse(answer(CACHED_PAGE, 404))).toBe(false);
    expect(isStorableResponse(answer(CACHED_PAGE, 200, 'opaqueredirect'))).toBe(false);
  });

  it("follows a city page's links to contact pages and vCards, once each", () => {
    const html = `<a href="/contacts/ayuna-batoeva">Ayuna</a><a href="/contacts/ayuna-batoeva/vcard">Save</a>
      <a href="/contacts/ayuna-batoeva">again</a><a href="/releases/x">release</a><a href="/staff/contacts/x">edit</a>`;
    expect(linkedDirectoryPaths(html)).toEqual(['/contacts/ayuna-batoeva', '/contacts/ayuna-batoeva/vcard']);
  });

  it("lists the scripts and styles a page names, in tags and in Next's payload", () => {
    const html = `<link rel="stylesheet" href="/_next/static/chunks/152arpcwbp96z.css" data-precedence="next"/>
      <script src="/_next/static/chunks/016ubh2sctenq.js" async=""></script>
      <script>self.__next_f.push([1,"2:I[\\"/_next/static/chunks/0cz1d0mv5g_q7.js\\",\\"/_next/static/chunks/016ubh2sctenq.js\\"]"])</script>
      <img src="/icons/icon-192.png">`;
    expect(pageAssetPaths(html)).toEqual([
      '/_next/static/chunks/152arpcwbp96z.css',
      '/_next/static/chunks/016ubh2sctenq.js',
      '/_next/static/chunks/0cz1d0mv5g_q7.js',
    ]);
  });
});
