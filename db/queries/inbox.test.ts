import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db';
import { seedDemoData } from '@/db/seed';
import { reachOf, scopeOf } from '@/db/writes/interview-requests';
import { canHandleRequest, type Actor } from '@/lib/auth/rules';
import type { InterviewRequestInput } from '@/lib/requests/interview-request';
import { getInboxRequest, listInbox } from './inbox';
import { createInterviewRequest } from './interview-requests';

/** The inbox's SQL and the rule in lib/auth/rules.ts must give every officer the same requests. */
describe('listInbox and getInboxRequest follow canHandleRequest', () => {
  let outer: string | undefined;
  beforeAll(async () => {
    outer = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'file::memory:';
    closeDb();
    seedDemoData(getDb());
    const contactIds = sql<number>('select id from contacts where active = 1 order by id');
    const cityIds = sql<number>('select id from cities order by id');
    // One request to each contact and each city desk.
    for (const [target, ids] of [
      ['contact', contactIds],
      ['city', cityIds],
    ] as const)
      for (const targetId of ids) {
        const made = await createInterviewRequest(input({ target, targetId }));
        expect(made.ok).toBe(true);
      }
  });
  afterAll(() => {
    closeDb();
    process.env.DATABASE_URL = outer;
  });

  function sql<T>(query: string, ...params: unknown[]): T[] {
    return getDb()
      .$client.prepare(query)
      .pluck()
      .all(...params) as T[];
  }
  const input = (over: Partial<InterviewRequestInput>): InterviewRequestInput => ({
    target: 'contact',
    targetId: 0,
    releaseId: null,
    journalistName: 'Example Reporter',
    outlet: 'Example Wire',
    email: 'reporter@example.org',
    phone: null,
    deadlineAt: new Date('2030-01-02T15:30:00Z'),
    timeZone: 'Europe/Zurich',
    topic: 'Winter appeal',
    questions: '',
    format: 'phone',
    language: 'en',
    onRecord: true,
    wishedInterviewee: null,
    ...over,
  });
  const officer = (contactId: number): Actor => ({
    userId: `u-${contactId}`,
    email: `${contactId}@example.org`,
    role: 'officer',
    contactId,
  });
  const byRule = (actor: Actor) => {
    const scope = scopeOf(getDb(), actor);
    return sql<number>('select id from interview_requests order by id').filter((id) =>
      canHandleRequest(scope, reachOf(getDb(), id)!),
    );
  };
  const listed = async (actor: Actor) =>
    (await listInbox(actor, { sort: 'newest' })).map((r) => r.id).sort((a, b) => a - b);

  it('agrees with the rule for every contact, and the rule is not everything', async () => {
    const all = sql<number>('select id from interview_requests');
    for (const contactId of sql<number>('select id from contacts order by id')) {
      const actor = officer(contactId);
      const expected = byRule(actor);
      expect(await listed(actor), `contact ${contactId}`).toEqual(expected);
      expect(expected.length).toBeLessThan(all.length);
      for (const id of all)
        expect((await getInboxRequest(actor, id)) !== null, `contact ${contactId}, request ${id}`).toBe(
          expected.includes(id),
        );
    }
  });

  it('shows a delegate the requests of the colleague on leave they cover for, and only while on leave', async () => {
    const [absent, delegate] = sql<number>('select id from contacts where active = 1 order by id limit 2') as [
      number,
      number,
    ];
    const db = getDb().$client;
    // Put the delegate in another city so that only the delegation can give access.
    const otherCity = sql<number>(
      'select id from cities where id <> (select city_id from contacts where id = ?) order by id limit 1',
      absent,
    )[0]!;
    db.prepare('update contacts set city_id = ? where id = ?').run(otherCity, delegate);
    const toAbsent = sql<number>('select request_id from interview_request_addressees where contact_id = ?', absent);
    expect(toAbsent.length).toBeGreaterThan(0);
    db.prepare('update contacts set on_leave = 1, delegate_id = ? where id = ?').run(delegate, absent);
    expect(await listed(officer(delegate))).toEqual(expect.arrayContaining(toAbsent));
    expect(await listed(officer(delegate))).toEqual(byRule(officer(delegate)));
    db.prepare('update contacts set on_leave = 0 where id = ?').run(absent);
    const after = await listed(officer(delegate));
    expect(after.filter((id) => toAbsent.includes(id) && !byRule(officer(delegate)).includes(id))).toEqual([]);
    expect(after).toEqual(byRule(officer(delegate)));
  });

  it('follows a city an admin changed: the old city’s desk requests leave the inbox', async () => {
    const contactId = sql<number>('select id from contacts where active = 1 order by id desc limit 1')[0]!;
    const [oldCity] = sql<number>('select city_id from contacts where id = ?', contactId);
    const newCity = sql<number>('select id from cities where id <> ? order by id limit 1', oldCity)[0]!;
    const oldDesk = sql<number>("select id from interview_requests where target = 'city' and city_id = ?", oldCity);
    expect(await listed(officer(contactId))).toEqual(expect.arrayContaining(oldDesk));
    getDb().$client.prepare('update contacts set city_id = ? where id = ?').run(newCity, contactId);
    const after = await listed(officer(contactId));
    expect(after.filter((id) => oldDesk.includes(id))).toEqual([]);
    expect(after).toEqual(
      expect.arrayContaining(
        sql<number>("select id from interview_requests where target = 'city' and city_id = ?", newCity),
      ),
    );
  });
});
