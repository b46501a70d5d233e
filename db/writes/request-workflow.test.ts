import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '@/db';
import { queueDeadlineReminders } from '@/db/ops/deadline-reminders';
import { createInterviewRequest } from '@/db/queries/interview-requests';
import { interviewRequests, outboxMessages, requestAssignments, requestInterviews } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import type { Actor } from '@/lib/auth/rules';
import { sendCancellation } from '@/lib/requests/invitations';
import { parseSchedule } from '@/lib/requests/schedule';
import { NotAllowedError } from './contacts';
import { changeRequestStatus, reopenRequest, scheduleInterview } from './interview-requests';

const HOUR = 60 * 60_000;

/** The writes of the request workflow against a real (in-memory) database, with the clock given. */
describe('request workflow writes', () => {
  let outer: { url?: string; secret?: string; publicUrl?: string } = {};
  beforeAll(() => {
    outer = {
      url: process.env.DATABASE_URL,
      secret: process.env.BETTER_AUTH_SECRET,
      publicUrl: process.env.PUBLIC_URL,
    };
    process.env.DATABASE_URL = 'file::memory:';
    process.env.BETTER_AUTH_SECRET = 'a-unit-test-secret-of-32-characters-or-more';
    process.env.PUBLIC_URL = 'https://pressline.example';
    closeDb();
    seedDemoData(getDb());
  });
  afterAll(() => {
    closeDb();
    for (const [k, v] of [
      ['DATABASE_URL', outer.url],
      ['BETTER_AUTH_SECRET', outer.secret],
      ['PUBLIC_URL', outer.publicUrl],
    ] as const)
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });

  const one = <T>(q: string, ...p: unknown[]) =>
    getDb()
      .$client.prepare(q)
      .get(...p) as T;
  const moscow = () =>
    one<{ id: number; desk: string }>("select id, desk_email as desk from cities where slug = 'moscow'");
  const officerIn = (cityId: number): Actor => {
    const c = one<{ id: number }>(
      'select id from contacts where city_id = ? and active = 1 order by id limit 1',
      cityId,
    );
    getDb().$client.prepare('update contacts set email = ? where id = ?').run(`contact-${c.id}@ifrc.example`, c.id);
    return user({ userId: `u-${c.id}`, email: `officer-${c.id}@example.org`, role: 'officer', contactId: c.id });
  };
  const user = (a: Actor): Actor => {
    getDb()
      .$client.prepare('insert or ignore into users (id, name, email, role, contact_id) values (?, ?, ?, ?, ?)')
      .run(a.userId, a.email, a.email, a.role, a.contactId);
    return a;
  };

  async function newRequest(
    created: Date,
    deadlineAt: Date,
    email = `j-${created.getTime()}@news.example`,
    locale: 'en' | 'ru' | 'fr' = 'en',
  ) {
    const made = await createInterviewRequest(
      {
        locale,
        target: 'city',
        targetId: moscow().id,
        releaseId: null,
        journalistName: 'Jo Reporter',
        outlet: 'Example Wire',
        email,
        phone: null,
        deadlineAt,
        timeZone: 'Europe/London',
        topic: 'Flood relief',
        questions: '',
        format: 'phone',
        language: 'en',
        onRecord: true,
        wishedInterviewee: null,
      },
      created,
    );
    if (!made.ok) throw new Error(made.message);
    return {
      ...made,
      email,
      id: one<{ id: number }>('select id from interview_requests where reference = ?', made.reference).id,
    };
  }
  const mails = (requestId: number) =>
    getDb().select().from(outboxMessages).where(eq(outboxMessages.requestId, requestId)).all();

  it('links staff to /requests/<id> with the journalist as Reply-To, and the journalist to their status page', async () => {
    const now = new Date('2030-03-01T09:00:00Z');
    const r = await newRequest(now, new Date(now.getTime() + 30 * HOUR), 'links@news.example');
    const staff = mails(r.id).find((m) => m.kind === 'request-staff')!;
    expect(staff.replyTo).toBe('links@news.example');
    expect(staff.text).toContain(`https://pressline.example/requests/${r.id}`);
    expect(staff.text).not.toContain(r.token);
    const actor = officerIn(moscow().id);
    changeRequestStatus(getDb(), actor, r.id, 'acknowledged', 'On it.', new Date(now.getTime() + HOUR));
    const notice = mails(r.id).find((m) => m.kind === 'request-status')!;
    expect(notice.to).toBe('links@news.example');
    expect(notice.text).toContain(`https://pressline.example/request-status/${r.token}`);
    // The token is still stored only as a hash and sealed, never in the clear.
    const row = getDb().select().from(interviewRequests).where(eq(interviewRequests.id, r.id)).get()!;
    expect(JSON.stringify(row)).not.toContain(r.token);
  });

  it('assigns whoever acknowledges, schedules with an invitation, moves it with SEQUENCE 1, cancels, reopens', async () => {
    const now = new Date('2030-06-01T09:00:00Z');
    const r = await newRequest(now, new Date(now.getTime() + 72 * HOUR));
    const actor = officerIn(moscow().id);
    const assignee = () =>
      getDb().select().from(requestAssignments).where(eq(requestAssignments.requestId, r.id)).get()?.contactId ?? null;
    expect(assignee()).toBeNull();
    expect(changeRequestStatus(getDb(), actor, r.id, 'acknowledged', '', now).ok).toBe(true);
    expect(assignee()).toBe(actor.contactId);

    // An officer of another city may neither schedule nor reopen it: the inbox rule is asked inside each write.
    const nairobi = one<{ id: number }>("select id from cities where slug = 'nairobi'").id;
    const stranger = officerIn(nairobi);
    const anyTime = parseSchedule(
      (n) =>
        ({
          date: '2030-06-03',
          time: '09:00',
          timeZone: 'UTC',
          minutes: '20',
          format: 'in-person',
          location: 'Lobby',
          invitationMessage: '',
        })[n],
      now,
    );
    if (!anyTime.ok) throw new Error('anyTime');
    expect(() => scheduleInterview(getDb(), stranger, r.id, anyTime.input, now)).toThrow(NotAllowedError);
    expect(() => reopenRequest(getDb(), stranger, r.id, 'mine now', now)).toThrow(NotAllowedError);

    // Without a time, "scheduled" is refused by the plain status change.
    expect(changeRequestStatus(getDb(), actor, r.id, 'scheduled', '', now).ok).toBe(false);

    const form = (over: Record<string, string> = {}) =>
      parseSchedule(
        (n) =>
          ({
            date: '2030-06-02',
            time: '10:00',
            timeZone: 'Europe/Moscow',
            minutes: '30',
            format: 'phone',
            location: '+7 495 123-45-67',
            invitationMessage: 'Call this number.',
            ...over,
          })[n],
        now,
      );
    const parsed = form();
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
    // A colleague who schedules does not take it over: the first one stays assigned.
    const colleague = user({ userId: 'admin', email: 'admin@example.org', role: 'admin', contactId: null });
    expect(scheduleInterview(getDb(), colleague, r.id, parsed.input, now)).toEqual({ ok: true, kind: 'invite' });
    expect(assignee()).toBe(actor.contactId);

    const invites = mails(r.id).filter((m) => m.kind.startsWith('interview-invite'));
    const officerEmail = one<{ email: string }>('select email from contacts where id = ?', actor.contactId).email;
    expect(invites.map((m) => `${m.kind} ${m.to}`).sort()).toEqual([
      `interview-invite ${r.email}`,
      `interview-invite-staff ${officerEmail}`,
    ]);
    for (const m of invites) {
      const event = Object.values(nodeIcal.sync.parseICS(m.calendar!)).find((c): c is VEvent => c?.type === 'VEVENT')!;
      expect(new Date(event.start).toISOString()).toBe('2030-06-02T07:00:00.000Z');
      expect(Number(event.sequence)).toBe(0);
      expect(m.calendar).toContain('METHOD:REQUEST');
    }
    const journalistInvite = invites.find((m) => m.kind === 'interview-invite')!;
    expect(journalistInvite.text).toContain(`https://pressline.example/request-status/${r.token}`);
    // Nothing the requester typed goes back to their unconfirmed address, not even in the calendar.
    expect(journalistInvite.calendar).not.toContain('Flood relief');
    expect(invites.find((m) => m.kind === 'interview-invite-staff')!.replyTo).toBe(journalistInvite.to);

    const moved = form({ time: '11:30' });
    if (!moved.ok) throw new Error('moved');
    expect(scheduleInterview(getDb(), actor, r.id, moved.input, now)).toEqual({ ok: true, kind: 'update' });
    // Moving it to where it is already sends nothing.
    expect(scheduleInterview(getDb(), actor, r.id, moved.input, now)).toMatchObject({ ok: false, unchanged: true });
    expect(mails(r.id).filter((m) => m.kind === 'interview-update')).toHaveLength(1);
    const update = mails(r.id).find((m) => m.kind === 'interview-update')!;
    const vevent = ICAL.Component.fromString(update.calendar!).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
    expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe('2030-06-02T08:30:00.000Z');
    const uid = getDb().select().from(requestInterviews).where(eq(requestInterviews.requestId, r.id)).get()!.uid;
    expect(vevent.getFirstPropertyValue('uid')).toBe(uid);

    // Declining a scheduled request calls the interview off in both calendars.
    expect(changeRequestStatus(getDb(), actor, r.id, 'declined', 'Sorry.', now).ok).toBe(true);
    const cancels = mails(r.id).filter((m) => m.kind.startsWith('interview-cancel'));
    expect(cancels).toHaveLength(2);
    for (const m of cancels) {
      const c = ICAL.Component.fromString(m.calendar!);
      expect(c.getFirstPropertyValue('method')).toBe('CANCEL');
      expect(c.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence')).toBe(2);
      expect(c.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe(uid);
    }
    // Nothing left to cancel now.
    expect(sendCancellation(r.id, '', { now })).toBe(false);

    expect(reopenRequest(getDb(), actor, r.id, 'The journalist found a new date.', now).ok).toBe(true);
    const row = getDb().select().from(interviewRequests).where(eq(interviewRequests.id, r.id)).get()!;
    expect(row.status).toBe('acknowledged');
    expect(reopenRequest(getDb(), actor, r.id, 'again', now).ok).toBe(false);
    const steps = getDb()
      .$client.prepare(
        "select field, new_value as v, actor_email as who from audit_log where entity = 'request' and entity_id = ? order by id",
      )
      .all(r.id) as { field: string; v: string; who: string }[];
    expect(steps.map((s) => `${s.field}:${s.field === 'interview' ? '…' : s.v}`)).toEqual([
      `assignee:${one<{ n: string }>('select full_name as n from contacts where id = ?', actor.contactId).n}`,
      'status:acknowledged',
      'status:scheduled',
      'interview:…',
      'interview:…',
      'status:declined',
      'status:acknowledged',
    ]);
    expect(steps[2]!.who).toBe(colleague.email);
  });

  it('reminds the handler 2 hours before the deadline, once, only while unanswered', async () => {
    const created = new Date('2030-09-01T06:00:00Z');
    const deadline = new Date('2030-09-01T15:00:00Z');
    const r = await newRequest(created, deadline);
    const reminders = () => mails(r.id).filter((m) => m.kind === 'request-deadline');
    expect(queueDeadlineReminders(getDb(), new Date(deadline.getTime() - 2 * HOUR - 60_000))).toBe(0);
    expect(queueDeadlineReminders(getDb(), new Date(deadline.getTime() - 2 * HOUR))).toBeGreaterThanOrEqual(1);
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.to).toBe(moscow().desk);
    expect(reminders()[0]!.text).toContain(`https://pressline.example/requests/${r.id}`);
    expect(queueDeadlineReminders(getDb(), new Date(deadline.getTime() - HOUR))).toBe(0);
    expect(reminders()).toHaveLength(1);

    // Assigned and acknowledged: the reminder goes to the officer; scheduled: none.
    const r2 = await newRequest(created, new Date(deadline.getTime() + 10 * 60_000), 'second@news.example');
    const actor = officerIn(moscow().id);
    changeRequestStatus(getDb(), actor, r2.id, 'acknowledged', '', created);
    queueDeadlineReminders(getDb(), new Date(deadline.getTime() - HOUR));
    const email = one<{ email: string }>('select email from contacts where id = ?', actor.contactId).email;
    expect(
      mails(r2.id)
        .filter((m) => m.kind === 'request-deadline')
        .map((m) => m.to),
    ).toEqual([email]);
  });

  it('writes every e-mail to a journalist who wrote from a Russian page in Russian, and tells staff so in English', async () => {
    const now = new Date('2030-04-01T09:00:00Z');
    const r = await newRequest(now, new Date(now.getTime() + 48 * HOUR), 'ru@news.example', 'ru');
    const stored = getDb().select().from(interviewRequests).where(eq(interviewRequests.id, r.id)).get()!;
    expect(stored.locale).toBe('ru');
    const ack = mails(r.id).find((m) => m.kind === 'request-ack')!;
    expect(ack.subject).toBe(`Мы получили ваш запрос на интервью ${r.reference}`);
    expect(ack.text).toContain(`https://pressline.example/ru/request-status/${r.token}`);
    expect(ack.text).toContain('Срок: ср, 3 апр. 2030 г., 10:00 (Europe/London, ваше время)');
    const staff = mails(r.id).find((m) => m.kind === 'request-staff')!;
    expect(staff.text).toContain('New interview request for the Moscow press office.');
    expect(staff.text).toContain('Written in Russian');

    const actor = officerIn(moscow().id);
    changeRequestStatus(getDb(), actor, r.id, 'acknowledged', '', new Date(now.getTime() + HOUR));
    const notice = mails(r.id).find((m) => m.kind === 'request-status')!;
    expect(notice.subject).toBe(`${r.reference}: Принят пресс-службой`);
    expect(notice.text).toContain(`https://pressline.example/ru/request-status/${r.token}`);

    const slot = parseSchedule(
      (n) =>
        ({
          date: '2030-04-02',
          time: '12:00',
          timeZone: 'Europe/Moscow',
          minutes: '25',
          format: 'video',
          location: 'https://meet.example/pressline',
          invitationMessage: '',
        })[n],
      now,
    );
    if (!slot.ok) throw new Error('bad slot');
    expect(scheduleInterview(getDb(), actor, r.id, slot.input, new Date(now.getTime() + 2 * HOUR)).ok).toBe(true);
    const invite = mails(r.id).find((m) => m.kind === 'interview-invite')!;
    expect(invite.subject).toBe(`${r.reference}: интервью назначено`);
    expect(invite.text).toContain('Формат: Видеозвонок, 25 минут');
    expect(invite.text).toContain('Когда: вт, 2 апр. 2030 г., 12:00 (Europe/Moscow) = вт, 2 апр. 2030 г., 10:00');
    expect(nodeIcal.sync.parseICS(invite.calendar!)).toBeTruthy();
    expect(invite.calendar).toContain('Видеозвонок');
    const staffInvite = mails(r.id).find((m) => m.kind === 'interview-invite-staff')!;
    expect(staffInvite.text).toContain('How: Video call, 25 minutes');
    expect(staffInvite.text).toContain("The journalist's copy is in Russian.");
    const history = getDb()
      .$client.prepare('select message from interview_request_events where request_id = ? order by id')
      .pluck()
      .all(r.id);
    expect(history).toEqual([
      'Запрос получен.',
      '',
      'Интервью: вт, 2 апр. 2030 г., 12:00 (Europe/Moscow), видеозвонок, 25 минут: https://meet.example/pressline.',
    ]);
  });
});
