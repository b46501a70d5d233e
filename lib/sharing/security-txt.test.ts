import { describe, expect, it } from 'vitest';
import { securityTxt } from './security-txt';

const fields = (text: string) =>
  Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((l) => l.split(/: (.*)/s).slice(0, 2)),
  );

describe('securityTxt (RFC 9116)', () => {
  it('has Contact, Expires under a year ahead, Canonical and Preferred-Languages', () => {
    const now = new Date('2026-12-01T02:53:00Z');
    const text = securityTxt({ contact: 'security@ifrc.example', baseUrl: 'https://press.example.org', now });
    const f = fields(text);
    expect(f.Contact).toBe('mailto:security@ifrc.example');
    expect(f.Canonical).toBe('https://press.example.org/.well-known/security.txt');
    expect(f['Preferred-Languages']).toBe('en');
    // RFC 3339, in the future, and less than a year away.
    expect(f.Expires).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
    const days = (Date.parse(f.Expires) - now.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(170);
    expect(days).toBeLessThan(365);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps an https:// contact page as it is', () => {
    const text = securityTxt({ contact: 'https://ifrc.example/security', baseUrl: 'http://x', now: new Date() });
    expect(fields(text).Contact).toBe('https://ifrc.example/security');
  });
});
