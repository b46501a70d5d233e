import { describe, expect, it } from 'vitest';
import { formatInZone, localToUtc } from './zoned-time';

describe('localToUtc', () => {
  it('reads a deadline in the journalist zone', () => {
    expect(localToUtc('2021-12-06T18:00', 'Europe/Moscow')?.toISOString()).toBe('2021-12-06T15:00:00.000Z');
    expect(localToUtc('2021-12-06T18:00', 'America/New_York')?.toISOString()).toBe('2021-12-06T23:00:00.000Z');
    expect(localToUtc('2021-12-06T18:00', 'Asia/Kolkata')?.toISOString()).toBe('2021-12-06T12:30:00.000Z');
  });

  it('follows summer time', () => {
    expect(localToUtc('2026-07-01T12:00', 'Europe/Zurich')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(localToUtc('2026-01-01T12:00', 'Europe/Zurich')?.toISOString()).toBe('2026-01-01T11:00:00.000Z');
  });

  it('moves a time in the spring-forward gap to when clocks resume, and takes the earlier of a repeated hour', () => {
    // Zurich skips 02:00–03:00 on 29 March 2026 and repeats 02:00–03:00 on 25 October 2026.
    expect(localToUtc('2026-03-29T02:30', 'Europe/Zurich')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localToUtc('2026-10-25T02:30', 'Europe/Zurich')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses impossible dates and unknown zones', () => {
    expect(localToUtc('2026-02-30T10:00', 'Europe/Zurich')).toBeNull();
    expect(localToUtc('2026-13-01T10:00', 'Europe/Zurich')).toBeNull();
    expect(localToUtc('2026-01-01T24:00', 'Europe/Zurich')).toBeNull();
    expect(localToUtc('tomorrow', 'Europe/Zurich')).toBeNull();
    expect(localToUtc('2026-01-01T10:00', 'Mars/Olympus_Mons')).toBeNull();
  });
});

describe('formatInZone', () => {
  it('shows the same instant on two wall clocks', () => {
    const at = new Date('2021-12-06T15:00:00Z');
    expect(formatInZone(at, 'Europe/Moscow')).toBe('Mon, 6 Dec 2021, 18:00');
    expect(formatInZone(at, 'Europe/Zurich')).toBe('Mon, 6 Dec 2021, 16:00');
  });
});
