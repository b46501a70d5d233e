import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applyJournalistChange } from './journalist-changes';
import { openDatabase } from '..';
import { cities, interviewRequestEvents, interviewRequests, outboxMessages, requestReads, users } from '../schema';
import { seedDemoData } from '../seed';

const TOKEN = 'tok_Journalist-Change-Test-000001';

function setup(status: 'new' | 'scheduled' = 'new') {
  const db = openDatabase(':memory:');
  seedDemoData(db);
  const moscow = db.select().from(cities).where(eq(cities.slug, 'moscow')).get()!;
  const received = new Date('2026-11-30T09:00:00Z');
  const [r] = db
    .insert(interviewRequests)
    .values({
      reference: 'PL-2026-900001',
      tokenHash: createHash('sha256').update(TOKEN).digest('hex'),
      target: 'city',
      cityId: moscow.id,
      journalistName: 'Ines Okafor-Lindqvist',
      outlet: 'Radio Example',
      email: 'ines@newsroom.example.org',
      deadlineAt: new Date('2026-12-03T14:30:00Z'),
      deadlineTimeZone: 'Europe/London',
      topic: 'Winter shelters',
      questions: 'How many beds?',
      format: 'phone',
      language: 'en',
      onRecord: true,
      status,
      createdAt: received,
      updatedAt: received,
    })
    .returning()
    .all();
  db.insert(outboxMessages)
    .values({ kind: 'request-staff', to: moscow.deskEmail, subject: 's', text: 't', requestId: r!.id })
    .run();
  const mail = () => db.select().from(outboxMessages).where(eq(outboxMessages.kind, 'request-journalist-change')).all();
  const events = () =>
    db.select().from(interviewRequestEvents).where(eq(interviewRequestEvents.requestId, r!.id)).all();
  const row = () => db.select().from(interviewRequests).where(eq(interviewRequests.id, r!.id)).get()!;
  return { db, moscow, mail, events, row };
}

describe('applyJournalistChange', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('a corrected deadline is stored, in the history in the journalist’s zone, and mailed to the desk first told', () => {
    const { db, moscow, mail, events, row } = setup();
    const to = new Date('2026-12-04T10:00:00Z');
    const result = applyJournalistChange(
      db,
      TOKEN,
      (r) => ({ kind: 'corrected', deadline: { from: r.deadlineAt, to }, questions: null }),
      now,
    );
    expect(result).toEqual({ ok: true, changed: true });
    expect(row().deadlineAt).toEqual(to);
    expect(row().status).toBe('new');
    expect(events().map((e) => e.message)).toEqual([
      'You moved the deadline from Thu, 3 Dec 2026, 14:30 GMT (Europe/London) to Fri, 4 Dec 2026, 10:00 GMT (Europe/London).',
    ]);
    const [m] = mail();
    expect(mail()).toHaveLength(1);
    expect(m!.to).toBe(moscow.deskEmail);
    expect(m!.subject).toBe('[PL-2026-900001] Corrected by the journalist: Winter shelters');
    // The desk reads its own clock first, and the journalist's beside it.
    expect(m!.text).toContain('New deadline: Fri, 4 Dec 2026, 13:00 GMT+3 (Europe/Moscow); Fri, 4 Dec 2026, 10:00 GMT');
    expect(m!.text).toMatch(/\/requests\/\d+$/);
  });

  it('cancelling closes the request, and after that nothing can change it', () => {
    const { db, mail, events, row } = setup();
    expect(applyJournalistChange(db, TOKEN, () => ({ kind: 'cancelled', reason: 'Story dropped' }), now)).toEqual({
      ok: true,
      changed: true,
    });
    expect(row().status).toBe('cancelled');
    expect(events().map((e) => [e.status, e.message])).toEqual([
      ['cancelled', 'You cancelled this request: Story dropped'],
    ]);
    expect(mail()[0]!.text).toContain('Their reason: Story dropped');
    expect(applyJournalistChange(db, TOKEN, () => ({ kind: 'cancelled', reason: '' }), now)).toEqual({
      ok: false,
      reason: 'closed',
      status: 'cancelled',
    });
    expect(mail()).toHaveLength(1);
  });

  it('refuses a scheduled request and an unknown token, writing nothing', () => {
    const { db, mail, events } = setup('scheduled');
    expect(applyJournalistChange(db, TOKEN, () => ({ kind: 'cancelled', reason: '' }), now)).toMatchObject({
      ok: false,
      reason: 'closed',
    });
    expect(
      applyJournalistChange(db, 'tok_someone-elses-guess-00000', () => ({ kind: 'cancelled', reason: '' }), now),
    ).toEqual({ ok: false, reason: 'unknown' });
    expect(mail()).toEqual([]);
    expect(events()).toEqual([]);
  });

  it('an unchanged correction writes nothing and mails nobody', () => {
    const { db, mail, events } = setup();
    expect(applyJournalistChange(db, TOKEN, () => null, now)).toEqual({ ok: true, changed: false });
    expect(mail()).toEqual([]);
    expect(events()).toEqual([]);
  });

  it('a correction makes the request new again to officers who had read it', () => {
    const { db, row } = setup();
    const user = db
      .insert(users)
      .values({ id: 'officer-read-1', name: 'Officer', email: 'officer-read@example.org' })
      .returning()
      .get();
    db.insert(requestReads).values({ requestId: row().id, userId: user.id, readAt: now }).run();
    applyJournalistChange(
      db,
      TOKEN,
      () => ({
        kind: 'corrected',
        deadline: null,
        questions: { from: 'How many beds?', to: 'How many beds, and where?' },
      }),
      now,
    );
    expect(db.select().from(requestReads).where(eq(requestReads.requestId, row().id)).all()).toEqual([]);
  });
});
