import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '..';
import { sweepRateLimits, takeRateLimit } from './rate-limit';

describe('takeRateLimit', () => {
  it('allows `limit` actions per window, then says when to come back', () => {
    const db = openDatabase(':memory:');
    const t0 = new Date('2026-11-28T10:00:00Z');
    for (let i = 0; i < 3; i++)
      expect(takeRateLimit(db, 'a', 3, 600_000, new Date(t0.getTime() + i * 1000))).toEqual({ allowed: true });
    expect(takeRateLimit(db, 'a', 3, 600_000, new Date(t0.getTime() + 5000))).toEqual({
      allowed: false,
      retryAfterMs: 595_000,
    });
    // Another client is not affected.
    expect(takeRateLimit(db, 'b', 3, 600_000, t0)).toEqual({ allowed: true });
    // Ten minutes after the first hit, one slot frees up.
    expect(takeRateLimit(db, 'a', 3, 600_000, new Date(t0.getTime() + 600_000))).toEqual({ allowed: true });
  });

  it('the periodic sweep drops hits older than an hour, whoever left them', () => {
    const db = openDatabase(':memory:');
    const t0 = new Date('2026-11-28T10:00:00Z');
    takeRateLimit(db, 'form:alice', 3, 600_000, t0);
    takeRateLimit(db, 'reset:bob', 3, 3_600_000, new Date(t0.getTime() + 30 * 60_000));
    expect(sweepRateLimits(db, new Date(t0.getTime() + 61 * 60_000))).toBe(1);
    expect(db.$client.prepare('select key from rate_limit_hits').pluck().all()).toEqual(['reset:bob']);
    expect(() => takeRateLimit(db, 'day:carol', 3, 86_400_000, t0)).toThrow(/at most/);
  });

  it('is off when the limit is 0', () => {
    const db = openDatabase(':memory:');
    for (let i = 0; i < 50; i++) expect(takeRateLimit(db, 'a', 0, 600_000).allowed).toBe(true);
  });

  it('survives a restart', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pl-rl-')), 'db.sqlite');
    const now = new Date();
    const first = openDatabase(file);
    takeRateLimit(first, 'a', 1, 600_000, now);
    first.$client.close();
    const second = openDatabase(file);
    expect(takeRateLimit(second, 'a', 1, 600_000, now).allowed).toBe(false);
    second.$client.close();
  });
});
