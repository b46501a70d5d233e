import { describe, expect, it } from 'vitest';
import { openDatabase } from '..';
import {
  deleteRequestDraft,
  getRequestDraft,
  saveRequestDraft,
  sweepRequestDrafts,
  type RequestDraft,
} from './request-drafts';

const draft = (topic: string): RequestDraft => ({
  target: 'city',
  targetId: 2,
  state: {
    status: 'invalid',
    fieldErrors: { email: 'Enter an e-mail address like name@example.org.' },
    values: { topic, email: 'zoe-at-example' },
  },
});
const t0 = new Date('2026-11-28T10:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('refused request drafts', () => {
  it('gives back exactly what was kept, by a random token that is not stored', () => {
    const db = openDatabase(':memory:');
    const token = saveRequestDraft(db, draft('Floods «Ψ» <b>'), undefined, t0);
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(getRequestDraft(db, token, later(1))).toEqual(draft('Floods «Ψ» <b>'));
    expect(db.$client.prepare('select token_hash from interview_request_drafts').pluck().get()).not.toContain(token);
    expect(
      getRequestDraft(
        db,
        token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        later(1),
      ),
    ).toBeNull();
    expect(getRequestDraft(db, "' or 1=1 --", later(1))).toBeNull();
  });

  it('lasts an hour, and the sweep deletes it after that', () => {
    const db = openDatabase(':memory:');
    const old = saveRequestDraft(db, draft('old'), undefined, t0);
    const recent = saveRequestDraft(db, draft('recent'), undefined, later(30));
    expect(getRequestDraft(db, old, later(59))).not.toBeNull();
    expect(getRequestDraft(db, old, later(60))).toBeNull();
    expect(sweepRequestDrafts(db, later(61))).toBe(1);
    expect(getRequestDraft(db, recent, later(61))?.state.values.topic).toBe('recent');
  });

  it('a second refusal replaces the first; a sent request deletes its draft', () => {
    const db = openDatabase(':memory:');
    const first = saveRequestDraft(db, draft('first'), undefined, t0);
    const second = saveRequestDraft(db, draft('second'), first, later(1));
    expect(getRequestDraft(db, first, later(2))).toBeNull();
    expect(getRequestDraft(db, second, later(2))?.state.values.topic).toBe('second');
    deleteRequestDraft(db, second);
    expect(db.$client.prepare('select count(*) from interview_request_drafts').pluck().get()).toBe(0);
  });
});
