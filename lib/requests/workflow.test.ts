import { describe, expect, it } from 'vitest';
import {
  assigneeAfter,
  canMoveTo,
  canReopen,
  canReschedule,
  deadlineReminderDue,
  nextStatuses,
  REOPENED_STATUS,
} from './workflow';

describe('request workflow', () => {
  it('moves forward one step at a time and can decline anything still open', () => {
    expect(canMoveTo('new', 'acknowledged')).toBe(true);
    expect(canMoveTo('new', 'scheduled')).toBe(false);
    expect(canMoveTo('scheduled', 'done')).toBe(true);
    expect(canMoveTo('acknowledged', 'declined')).toBe(true);
    expect(canMoveTo('done', 'declined')).toBe(false);
    expect(nextStatuses('declined')).toEqual([]);
  });
});

describe('who handles a request after a step', () => {
  it('is whoever acknowledged or scheduled it, unless someone already was', () => {
    expect(assigneeAfter('acknowledged', null, 7)).toBe(7);
    expect(assigneeAfter('scheduled', null, 7)).toBe(7);
    expect(assigneeAfter('scheduled', 3, 7)).toBe(3);
    expect(assigneeAfter('declined', null, 7)).toBeNull();
    expect(assigneeAfter('done', null, 7)).toBeNull();
    // An admin account speaks for no contact, so cannot be assigned.
    expect(assigneeAfter('acknowledged', null, null)).toBeNull();
  });

  it('reopens only closed requests, back to acknowledged; reschedules only scheduled ones', () => {
    expect(canReopen('done')).toBe(true);
    expect(canReopen('declined')).toBe(true);
    expect(canReopen('scheduled')).toBe(false);
    expect(REOPENED_STATUS).toBe('acknowledged');
    expect(canReschedule('scheduled')).toBe(true);
    expect(canReschedule('acknowledged')).toBe(false);
  });
});

describe('deadline reminder schedule', () => {
  const H = 60 * 60_000;
  const deadlineAt = new Date('2026-03-29T13:00:00Z');
  const at = (msBefore: number) => new Date(deadlineAt.getTime() - msBefore);
  const request = (over: Partial<Parameters<typeof deadlineReminderDue>[0]> = {}) => ({
    status: 'new' as const,
    deadlineAt,
    createdAt: at(10 * H),
    ...over,
  });

  it('is due from 2 hours before the deadline until the deadline', () => {
    expect(deadlineReminderDue(request(), at(2 * H + 1))).toBe(false);
    expect(deadlineReminderDue(request(), at(2 * H))).toBe(true);
    expect(deadlineReminderDue(request(), at(1))).toBe(true);
    expect(deadlineReminderDue(request(), deadlineAt)).toBe(false);
  });

  it('is not due once answered, nor for a request that arrived inside the last 2 hours', () => {
    expect(deadlineReminderDue(request({ status: 'acknowledged' }), at(H))).toBe(true);
    for (const status of ['scheduled', 'done', 'declined'] as const)
      expect(deadlineReminderDue(request({ status }), at(H))).toBe(false);
    expect(deadlineReminderDue(request({ createdAt: at(90 * 60_000) }), at(H))).toBe(false);
  });
});
