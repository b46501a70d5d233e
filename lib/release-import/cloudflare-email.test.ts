import { describe, expect, it } from 'vitest';
import { cloudflareHashOf, decodeCloudflareEmail, encodeCloudflareEmail } from './cloudflare-email';

describe('Cloudflare e-mail protection', () => {
  const addresses = ['jane.doe@example.org', 'presse+geneve@croix-rouge.example.ch', 'a@b.co', 'пресса@пример.рф'];

  it.each(addresses.flatMap((a) => [0x00, 0x1f, 0x5a, 0xff].map((key) => [a, key] as const)))(
    'round-trips %s with key %i',
    (address, key) => {
      const hex = encodeCloudflareEmail(address, key);
      expect(hex.slice(0, 2)).toBe(key.toString(16).padStart(2, '0'));
      expect(decodeCloudflareEmail(hex)).toBe(address);
      expect(decodeCloudflareEmail(hex.toUpperCase())).toBe(address);
    },
  );

  it('decodes a hash as a page carries it, by hand: key 0x42', () => {
    // "a@b.io" is 61 40 62 2e 69 6f; each XOR 0x42.
    expect(decodeCloudflareEmail('422302206c2b2d')).toBe('a@b.io');
  });

  it('drops a ?subject= a link kept inside the protected part', () => {
    expect(decodeCloudflareEmail(encodeCloudflareEmail('media@example.org?subject=Interview', 0x33))).toBe(
      'media@example.org',
    );
  });

  it('refuses what is not an encoded address', () => {
    expect(decodeCloudflareEmail('')).toBeNull();
    expect(decodeCloudflareEmail('4')).toBeNull();
    expect(decodeCloudflareEmail('zz2302')).toBeNull();
    expect(decodeCloudflareEmail('4223022')).toBeNull(); // odd length
    expect(decodeCloudflareEmail(encodeCloudflareEmail('not an address', 0x10))).toBeNull();
    expect(decodeCloudflareEmail('10' + 'ff'.repeat(4))).toBeNull(); // not UTF-8
  });

  it('finds the hash in an email-protection link, and only there', () => {
    expect(cloudflareHashOf('/cdn-cgi/l/email-protection#422302206c2b2d')).toBe('422302206c2b2d');
    expect(cloudflareHashOf('https://www.ifrc.org/cdn-cgi/l/email-protection#0aff')).toBe('0aff');
    expect(cloudflareHashOf('/cdn-cgi/l/email-protection')).toBeNull();
    expect(cloudflareHashOf('https://example.org/#422302206c2b2d')).toBeNull();
  });
});
