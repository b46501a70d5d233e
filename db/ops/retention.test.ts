import { describe, expect, it } from 'vitest';
import { openDatabase } from '..';
import { purgeOldRequests } from './retention';
import { interviewRequestEvents, interviewRequests, outboxMessages } from '../schema';

function addRequest(db: ReturnType<typeof openDatabase>, createdAt: Date, n: number) {
  const [row] = db
    .insert(interviewRequests)
    .values({
      tokenHash: `hash-${n}`,
      target: 'city',
      journalistName: 'A',
      outlet: 'B',
      email: `a${n}@example.org`,
      deadlineAt: createdAt,
      deadlineTimeZone: 'UTC',
      topic: 'T',
      format: 'phone',
      language: 'en',
      onRecord: true,
      createdAt,
      updatedAt: createdAt,
    })
    .returning()
    .all();
  db.insert(interviewRequestEvents).values({ requestId: row!.id, status: 'new', at: createdAt }).run();
  db.insert(outboxMessages)
    .values({ kind: 'request-ack', to: `a${n}@example.org`, subject: 's', text: 't', requestId: row!.id })
    .run();
}

describe('purgeOldRequests', () => {
  it('deletes requests older than the retention period with everything that repeats their data', () => {
    const db = openDatabase(':memory:');
    const now = new Date('2026-11-28T12:00:00Z');
    addRequest(db, new Date('2025-11-01T00:00:00Z'), 1);
    addRequest(db, new Date('2026-11-01T00:00:00Z'), 2);
    expect(purgeOldRequests(db, 365, now)).toBe(1);
    expect(
      db
        .select()
        .from(interviewRequests)
        .all()
        .map((r) => r.email),
    ).toEqual(['a2@example.org']);
    expect(
      db
        .select()
        .from(outboxMessages)
        .all()
        .map((m) => m.to),
    ).toEqual(['a2@example.org']);
    expect(db.select().from(interviewRequestEvents).all()).toHaveLength(1);
  });
});
