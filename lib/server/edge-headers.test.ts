import { describe, expect, it } from 'vitest';
import { dropForwardedHeaders, isForeignOrigin, restoreWithheldOrigin } from './edge-headers';

describe('dropForwardedHeaders', () => {
  it('removes every proxy header a client sent when no proxy is trusted', () => {
    const headers = {
      host: 'pressline.example.org',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '10.0.0.1',
      forwarded: 'for=10.0.0.1',
      'x-request-id': 'keep',
    };
    dropForwardedHeaders(headers, false);
    expect(headers).toEqual({ host: 'pressline.example.org', 'x-request-id': 'keep' });
  });

  it('keeps them behind a trusted proxy', () => {
    const headers = { host: 'app:3000', 'x-forwarded-host': 'pressline.example.org' };
    dropForwardedHeaders(headers, true);
    expect(headers['x-forwarded-host']).toBe('pressline.example.org');
  });
});

describe('isForeignOrigin', () => {
  const host = 'pressline.example.org';
  it('accepts our own pages and requests that are not from a browser', () => {
    expect(isForeignOrigin({ host, origin: 'https://pressline.example.org' }, false)).toBe(false);
    expect(isForeignOrigin({ host: '127.0.0.1:3510', origin: 'http://127.0.0.1:3510' }, false)).toBe(false);
    expect(isForeignOrigin({ host }, false)).toBe(false);
  });

  it('refuses another site, a null or empty Origin, and garbage', () => {
    for (const origin of [
      'https://evil.example',
      'null',
      '',
      'not a url',
      'https://pressline.example.org.evil.example',
    ]) {
      expect(isForeignOrigin({ host, origin }, false), origin).toBe(true);
    }
  });

  it('compares with X-Forwarded-Host only behind a trusted proxy', () => {
    const headers = { host: 'app:3000', 'x-forwarded-host': host, origin: `https://${host}` };
    expect(isForeignOrigin(headers, true)).toBe(false);
    expect(isForeignOrigin(headers, false)).toBe(true);
  });
});

describe('restoreWithheldOrigin', () => {
  const host = 'pressline.example.org';
  it('gives a no-referrer page’s own form its origin back, only when Fetch Metadata says same-origin', () => {
    const own = { host, origin: 'null', 'sec-fetch-site': 'same-origin' };
    restoreWithheldOrigin(own, false);
    expect(own.origin).toBe('http://pressline.example.org');
    expect(isForeignOrigin(own, false)).toBe(false);
    for (const site of ['cross-site', 'same-site', 'none', undefined]) {
      const framed = { host, origin: 'null', 'sec-fetch-site': site };
      restoreWithheldOrigin(framed, false);
      expect(isForeignOrigin(framed, false), String(site)).toBe(true);
    }
    const evil = { host, origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' };
    restoreWithheldOrigin(evil, false);
    expect(evil.origin).toBe('https://evil.example');
  });

  it('behind a trusted proxy, uses the host and scheme the browser asked for', () => {
    const headers = {
      host: 'app:3000',
      'x-forwarded-host': host,
      'x-forwarded-proto': 'https',
      origin: 'null',
      'sec-fetch-site': 'same-origin',
    };
    restoreWithheldOrigin(headers, true);
    expect(headers.origin).toBe(`https://${host}`);
  });
});
