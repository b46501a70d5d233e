import { describe, expect, it } from 'vitest';
import { canMoveTo, nextStatuses } from './workflow';

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
