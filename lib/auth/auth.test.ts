import { describe, expect, it } from 'vitest';
import { secureCookies, trustedOrigins } from './auth';

describe('secureCookies', () => {
  it('is on over https and for any production host but loopback', () => {
    expect(secureCookies('https://press.example.org', false)).toBe(true);
    expect(secureCookies('http://press.example.org', true)).toBe(true);
    expect(secureCookies('http://127.0.0.1:3410', true)).toBe(false);
    expect(secureCookies('http://localhost:3000', true)).toBe(false);
  });
  it('is off in development over http', () => {
    expect(secureCookies('http://press.example.org', false)).toBe(false);
  });
});

describe('trustedOrigins', () => {
  it('trusts the public origin, and both names of this machine when it is local', () => {
    expect(trustedOrigins('https://press.example.org/')).toEqual(['https://press.example.org']);
    expect(trustedOrigins('http://localhost:3000')).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });
});
