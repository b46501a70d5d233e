import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address';

describe('clientAddressOf', () => {
  it('uses the socket unless a trusted proxy says otherwise', () => {
    expect(clientAddressOf('10.0.0.5', '203.0.113.9', false)).toBe('10.0.0.5');
    expect(clientAddressOf('10.0.0.5', '203.0.113.9', true)).toBe('203.0.113.9');
    expect(clientAddressOf('10.0.0.5', '', true)).toBe('10.0.0.5');
    expect(clientAddressOf(undefined, undefined, false)).toBe('unknown');
  });

  it('takes the entry our proxy appended, not one the client forged before it', () => {
    // The client sent "X-Forwarded-For: 198.51.100.1"; our proxy appended the address it saw.
    expect(clientAddressOf('10.0.0.5', '198.51.100.1, 203.0.113.9', true)).toBe('203.0.113.9');
    expect(clientAddressOf('10.0.0.5', '198.51.100.1,203.0.113.9 ', true)).toBe('203.0.113.9');
    // A forged header of its own comes first; the proxy's entry ends the last header.
    expect(clientAddressOf('10.0.0.5', ['198.51.100.1', '192.0.2.7, 203.0.113.9'], true)).toBe('203.0.113.9');
  });

  it('falls back to the socket when the last entry is empty', () => {
    expect(clientAddressOf('10.0.0.5', '198.51.100.1, ', true)).toBe('10.0.0.5');
  });
});
