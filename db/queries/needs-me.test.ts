import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db';
import { seedDemoData } from '@/db/seed';
import { markRequestRead } from '@/db/writes/request-reads';
import { setStaffTimeZone } from '@/db/writes/staff-clock';
import type { Actor } from '@/lib/auth/rules';
import type { InterviewRequestInput } from '@/lib/requests/interview-request';
import { listInbox } from './inbox';
import { createInterviewRequest } from './interview-requests';
import { countNewRequests, listNeedsMe } from './needs-me';
import { getStaffClock } from './staff-clock';

/** Unread markers and counts on a real SQLite database with the demo directory. */
describe('what needs an officer now', () => {
  let outer: string | undefined;
  const now = new Date('2030-01-01T12:00:00Z');
  let ayuna: Actor;
  let moscowColleague: Actor;
  let nairobi: Actor;
  let admin: Actor;

  const one = <T>(query: string, ...params: unknown[]) =>
    getDb()
      .$client.prepare(query)
      .pluck()
      .get(...params) as T;
  const user = (id: string, role: 'admin' | 'officer', contactId: number | null): Actor => {
    getDb()
      .$client.prepare('insert into users (id, name, email, role, contact_id) values (?, ?, ?, ?, ?)')
      .run(id, id, `${id}@example.org`, role, contactId);
    return { userId: id, email: `${id}@example.org`, role, contactId };
  };
  const request = async (over: Partial<InterviewRequestInput>) => {
    const made = await createInterviewRequest({
      target: 'contact',
      targetId: 0,
      releaseId: null,
      journalistName: 'Мария Иванова',
      outlet: 'Example Wire',
      email: 'reporter@example.org',
      phone: null,
      deadlineAt: new Date('2030-01-03T12:00:00Z'),
      timeZone: 'Europe/London',
      topic: 'Winter appeal',
      questions: '',
      format: 'phone',
      language: 'ru',
      onRecord: true,
      wishedInterviewee: null,
      ...over,
    });
    if (!made.ok) throw new Error('request not stored');
    return one<number>('select id from interview_requests where reference = ?', made.reference);
  };
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

  beforeAll(() => {
    outer = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'file::memory:';
    closeDb();
    seedDemoData(getDb());
    const ayunaId = one<number>("select id from contacts where slug = 'ayuna-batoeva'");
    const colleagueId = one<number>(
      "select id from contacts where city_id = (select id from cities where slug = 'moscow') and id <> ? and active = 1",
      ayunaId,
    );
    const nairobiId = one<number>(
      "select id from contacts where city_id = (select id from cities where slug = 'nairobi') and active = 1",
    );
    ayuna = user('u-ayuna', 'officer', ayunaId);
    moscowColleague = user('u-moscow', 'officer', colleagueId);
    nairobi = user('u-nairobi', 'officer', nairobiId);
    admin = user('u-admin', 'admin', null);
  });
  afterAll(() => {
    closeDb();
    process.env.DATABASE_URL = outer;
  });

  it('counts a request as new for every officer it reaches until each opens it', async () => {
    const before = await Promise.all([ayuna, moscowColleague, nairobi, admin].map(countNewRequests));
    const id = await request({ targetId: ayuna.contactId! });
    // Addressed to Ayuna; her Moscow colleague reaches it through the city; Nairobi does not.
    expect(await countNewRequests(ayuna)).toBe(before[0]! + 1);
    expect(await countNewRequests(moscowColleague)).toBe(before[1]! + 1);
    expect(await countNewRequests(nairobi)).toBe(before[2]);
    expect(await countNewRequests(admin)).toBe(before[3]! + 1);

    expect(markRequestRead(getDb(), ayuna, id, now)).toBe(true);
    // A second opening keeps the first time.
    expect(markRequestRead(getDb(), ayuna, id, new Date(+now + 60_000))).toBe(false);
    expect(one<number>('select read_at from request_reads where request_id = ? and user_id = ?', id, 'u-ayuna')).toBe(
      +now,
    );
    expect(await countNewRequests(ayuna)).toBe(before[0]);
    // Only Ayuna read it: it is still new to her colleague and to the admin.
    expect(await countNewRequests(moscowColleague)).toBe(before[1]! + 1);
    expect(await countNewRequests(admin)).toBe(before[3]! + 1);
    expect((await listInbox(ayuna, { sort: 'newest' })).find((r) => r.id === id)?.isNew).toBe(false);
    expect((await listInbox(moscowColleague, { sort: 'newest' })).find((r) => r.id === id)?.isNew).toBe(true);
  });

  it('stops counting a request once it is no longer waiting, read or not', async () => {
    const id = await request({ targetId: ayuna.contactId! });
    const before = await countNewRequests(moscowColleague);
    getDb().$client.prepare("update interview_requests set status = 'scheduled' where id = ?").run(id);
    expect(await countNewRequests(moscowColleague)).toBe(before - 1);
    expect(ids(await listNeedsMe(moscowColleague))).not.toContain(id);
    getDb().$client.prepare("update interview_requests set status = 'acknowledged' where id = ?").run(id);
    expect(await countNewRequests(moscowColleague)).toBe(before);
  });

  it('lists the unopened first, then by deadline as an instant, across zones', async () => {
    // 15:00 in London is 18:00 in Moscow: as wall clocks the Moscow one would sort last.
    const london = await request({
      targetId: nairobi.contactId!,
      deadlineAt: new Date('2030-01-02T15:00:00Z'),
      timeZone: 'Europe/London',
    });
    const moscow = await request({
      targetId: nairobi.contactId!,
      deadlineAt: new Date('2030-01-02T14:00:00Z'),
      timeZone: 'Europe/Moscow',
    });
    const later = await request({ targetId: nairobi.contactId!, deadlineAt: new Date('2030-01-05T09:00:00Z') });
    const ours = async () => ids(await listNeedsMe(nairobi)).filter((id) => [london, moscow, later].includes(id));
    expect(await ours()).toEqual([moscow, london, later]);
    markRequestRead(getDb(), nairobi, moscow);
    expect(await ours()).toEqual([london, later, moscow]);
    const rows = await listInbox(nairobi, { sort: 'deadline' });
    expect(ids(rows).filter((id) => [london, moscow, later].includes(id))).toEqual([moscow, london, later]);
  });

  it('filters "due in 24 h", "overdue" and "assigned to me"', async () => {
    const soon = await request({ targetId: nairobi.contactId!, deadlineAt: new Date(+now + 3 * 3_600_000) });
    const passed = await request({ targetId: nairobi.contactId!, deadlineAt: new Date(+now - 3_600_000) });
    const far = await request({ targetId: nairobi.contactId!, deadlineAt: new Date(+now + 48 * 3_600_000) });
    const handed = await request({ targetId: ayuna.contactId!, deadlineAt: new Date(+now + 4 * 3_600_000) });
    getDb()
      .$client.prepare('insert into request_assignments (request_id, contact_id, assigned_by, at) values (?, ?, ?, ?)')
      .run(handed, nairobi.contactId, 'admin@example.org', +now);
    const ours = [soon, passed, far, handed];
    const listed = async (f: Parameters<typeof listInbox>[1]) =>
      ids(await listInbox(nairobi, f, now)).filter((id) => ours.includes(id));
    expect(await listed({ sort: 'deadline', due: 'soon' })).toEqual([soon, handed]);
    expect(await listed({ sort: 'deadline', due: 'overdue' })).toEqual([passed]);
    expect(await listed({ sort: 'deadline', mine: true })).toEqual([handed]);
    // A scheduled request is answered: it is never overdue.
    getDb().$client.prepare("update interview_requests set status = 'scheduled' where id = ?").run(passed);
    expect(await listed({ sort: 'deadline', due: 'overdue' })).toEqual([]);
    // An admin who speaks for nobody has nothing assigned.
    expect(ids(await listInbox(admin, { sort: 'newest', mine: true }))).toEqual([]);
  });

  it('shows an officer’s times in their city’s zone until they choose another', async () => {
    expect((await getStaffClock(ayuna)).timeZone).toBe('Europe/Moscow');
    expect((await getStaffClock(admin)).timeZone).toBe('UTC');
    setStaffTimeZone(getDb(), ayuna, 'Europe/London');
    expect(await getStaffClock(ayuna)).toEqual({
      timeZone: 'Europe/London',
      chosen: 'Europe/London',
      cityZone: 'Europe/Moscow',
    });
    setStaffTimeZone(getDb(), ayuna, null);
    expect((await getStaffClock(ayuna)).timeZone).toBe('Europe/Moscow');
  });
});
