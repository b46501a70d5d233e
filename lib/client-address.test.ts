import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address';

describe('clientAddressOf', () => {
  it('uses the socket unless a trusted proxy says otherwise', () => {
    expect(clientAddressOf('10.0.0.5', '203.0.113.9', false)).toBe('10.0.0.5');
    expect(clientAddressOf('10.0.0.5', '203.0.113.9, 10.0.0.1', true)).toBe('203.0.113.9');
    expect(clientAddressOf('10.0.0.5', ['198.51.100.1', '203.0.113.9'], true)).toBe('198.51.100.1');
    expect(clientAddressOf('10.0.0.5', '', true)).toBe('10.0.0.5');
    expect(clientAddressOf(undefined, undefined, false)).toBe('unknown');
  });
});
