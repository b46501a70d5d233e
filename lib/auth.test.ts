import { describe, expect, it } from 'vitest';
import { secureCookies } from './auth';

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
