import { describe, expect, it } from 'vitest';
import { openStatusToken, sealStatusToken } from './status-link';

const SECRET = 'a-test-secret-of-at-least-32-characters!!';

describe('sealed status-link token', () => {
  it('opens with the same secret, and each seal differs (random nonce)', () => {
    const token = 'Zk3_abcdefghijklmnopqrstuvwxyz0123';
    const a = sealStatusToken(token, SECRET)!;
    const b = sealStatusToken(token, SECRET)!;
    expect(a).not.toBe(b);
    expect(a).not.toContain(token);
    expect(openStatusToken(a, SECRET)).toBe(token);
  });

  it('gives nothing under another secret, for a tampered value, or without a secret', () => {
    const sealed = sealStatusToken('token-token-token-token', SECRET)!;
    expect(openStatusToken(sealed, `${SECRET}x`)).toBeNull();
    const [v, iv, body] = sealed.split('.');
    const flipped = `${v}.${iv}.${body!.slice(0, -2)}${body!.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(openStatusToken(flipped, SECRET)).toBeNull();
    expect(openStatusToken('garbage', SECRET)).toBeNull();
    expect(sealStatusToken('x', undefined)).toBeNull();
    expect(openStatusToken(null, SECRET)).toBeNull();
  });
});
