import { describe, expect, it } from 'vitest';
import { retryDelay } from './outbox-schedule';

describe('retryDelay', () => {
  const noJitter = { random: () => 0 };

  it('doubles from five seconds', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, noJitter))).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(retryDelay(12, noJitter)).toBe(15 * 60_000);
    expect(retryDelay(10_000, noJitter)).toBe(15 * 60_000);
    expect(retryDelay(50, { ...noJitter, maxMs: 2_000 })).toBe(2_000);
  });

  it('takes off at most a fifth for jitter, and never goes below zero attempts', () => {
    expect(retryDelay(1, { random: () => 0.999999 })).toBe(4_000);
    expect(retryDelay(0, noJitter)).toBe(5_000);
  });
});
