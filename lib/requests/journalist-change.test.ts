import { describe, expect, it } from 'vitest';
import { cancelSchema, correctionSchema, formatWithZone, toLocalInput } from './journalist-change';

const token = 'tok_Journalist-Change-Test-000001';
const now = new Date('2026-12-01T10:00:00Z');

describe('correctionSchema', () => {
  it('reads the deadline in the zone the journalist first gave, in New York’s winter time (UTC−5)', () => {
    const r = correctionSchema('America/New_York', now).safeParse({
      token,
      deadlineAt: '2026-12-02T09:00',
      questions: '  How many beds?\r\n',
    });
    expect(r.success && r.data.deadlineAt.toISOString()).toBe('2026-12-02T14:00:00.000Z');
    expect(r.success && r.data.questions).toBe('How many beds?');
  });

  it('refuses a past deadline, an impossible date and a forged token, each by its field', () => {
    const past = correctionSchema('Europe/Moscow', now).safeParse({ token, deadlineAt: '2026-12-01T12:00' });
    expect(past.error?.issues[0]?.message).toBe('That deadline has already passed. Give a time in the future.');
    const feb30 = correctionSchema('Europe/Moscow', now).safeParse({ token, deadlineAt: '2027-02-30T12:00' });
    expect(feb30.error?.issues[0]?.message).toBe('That date does not exist. Check the day and the month.');
    const forged = correctionSchema('Europe/Moscow', now).safeParse({ token: '../x', deadlineAt: '2026-12-05T12:00' });
    expect(forged.error?.issues[0]?.path).toEqual(['token']);
  });

  it('keeps a cancellation reason short', () => {
    expect(cancelSchema.safeParse({ token, reason: 'x'.repeat(501) }).success).toBe(false);
    expect(cancelSchema.parse({ token })).toEqual({ token, reason: '' });
  });
});

describe('times with their zone', () => {
  it('labels a time with its abbreviation and zone, and fills a datetime-local field in that zone', () => {
    const at = new Date('2026-12-02T14:00:00Z');
    expect(formatWithZone(at, 'America/New_York')).toBe('Wed, 2 Dec 2026, 09:00 EST (America/New York)');
    expect(toLocalInput(at, 'Asia/Kolkata')).toBe('2026-12-02T19:30');
  });
});
