import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/rules';
import { canHandleRequest, canMoveTo, nextStatuses } from './workflow';

const officer: Actor = { userId: 'u', email: 'o@example.org', role: 'officer', contactId: 7 };
const admin: Actor = { userId: 'a', email: 'a@example.org', role: 'admin', contactId: null };

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

describe('canHandleRequest', () => {
  const scope = { actor: officer, cityId: 2 };
  it('lets an officer handle requests to them, to their city, or assigned to them', () => {
    expect(canHandleRequest(scope, { cityId: null, addresseeIds: [7], assigneeId: null })).toBe(true);
    expect(canHandleRequest(scope, { cityId: 2, addresseeIds: [], assigneeId: null })).toBe(true);
    expect(canHandleRequest(scope, { cityId: 3, addresseeIds: [9], assigneeId: 7 })).toBe(true);
  });
  it('keeps other cities’ requests from an officer, and gives admins everything', () => {
    expect(canHandleRequest(scope, { cityId: 3, addresseeIds: [9], assigneeId: null })).toBe(false);
    expect(canHandleRequest({ actor: { ...officer, contactId: null }, cityId: null }, { cityId: 2, addresseeIds: [], assigneeId: null })).toBe(false);
    expect(canHandleRequest({ actor: admin, cityId: null }, { cityId: 3, addresseeIds: [], assigneeId: null })).toBe(true);
  });
});
