import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db';
import { seedDemoData } from '@/db/seed';
import type { InterviewRequestInput } from '@/lib/requests/interview-request';
import { ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY } from '@/lib/requests/emails';
import { cityNameIn, createInterviewRequest, getRequestStatus } from './interview-requests';

// The prepared statements pass values to SQLite as they are stored (ms, 0/1): read them back through drizzle.
describe('createInterviewRequest', () => {
  let outer: string | undefined;
  beforeAll(() => {
    outer = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'file::memory:';
    closeDb();
    seedDemoData(getDb());
  });
  afterAll(() => {
    closeDb();
    process.env.DATABASE_URL = outer;
  });
  const id = (slug: string) =>
    (getDb().$client.prepare('select id from contacts where slug = ?').get(slug) as { id: number }).id;
  const input = (over: Partial<InterviewRequestInput> = {}): InterviewRequestInput => ({
    target: 'contact',
    targetId: id('ayuna-batoeva'),
    releaseId: null,
    journalistName: 'Example Reporter',
    outlet: 'Example Wire',
    email: 'reporter@example.org',
    phone: '+41797084367',
    deadlineAt: new Date('2030-01-02T15:30:00Z'),
    timeZone: 'Europe/Zurich',
    topic: 'Winter appeal',
    questions: 'Two questions.',
    format: 'video',
    language: 'fr',
    onRecord: false,
    wishedInterviewee: 'The president',
    ...over,
  });

  it('stores the request, its addressee, its first event and its e-mails, with types intact', async () => {
    const result = await createInterviewRequest(input(), new Date('2026-11-28T10:00:00Z'));
    expect(result).toMatchObject({ ok: true, reference: expect.stringMatching(/^PL-2026-\d{6}$/) });
    if (!result.ok) return;
    const status = await getRequestStatus(result.token);
    expect(status?.request).toMatchObject({
      reference: result.reference,
      journalistName: 'Example Reporter',
      deadlineAt: new Date('2030-01-02T15:30:00Z'),
      onRecord: false,
      createdAt: new Date('2026-11-28T10:00:00Z'),
      format: 'video',
      wishedInterviewee: 'The president',
      contact: { slug: 'ayuna-batoeva' },
    });
    expect(status?.history).toEqual([expect.objectContaining({ status: 'new', at: new Date('2026-11-28T10:00:00Z') })]);
    const requestId = status!.request.id;
    const db = getDb().$client;
    expect(
      db.prepare('select contact_id from interview_request_addressees where request_id = ?').all(requestId),
    ).toEqual([{ contact_id: id('ayuna-batoeva') }]);
    const mails = db
      .prepare('select kind, "to", status from outbox_messages where request_id = ? order by id')
      .all(requestId);
    expect(mails).toEqual([
      { kind: 'request-staff', to: expect.stringContaining('@'), status: 'pending' },
      { kind: 'request-ack', to: 'reporter@example.org', status: 'pending' },
    ]);
  });

  const addressed = (requestId: number) => ({
    contacts: getDb()
      .$client.prepare(
        'select c.slug from interview_request_addressees a join contacts c on c.id = a.contact_id where a.request_id = ? order by c.slug',
      )
      .pluck()
      .all(requestId),
    staffMail: getDb()
      .$client.prepare(
        'select "to" from outbox_messages where request_id = ? and kind = \'request-staff\' order by "to"',
      )
      .pluck()
      .all(requestId),
  });
  const requestIdOf = async (token: string) => (await getRequestStatus(token))!.request.id;

  it('someone on leave: the request goes to their delegate, the delegate without e-mail through their desk', async () => {
    const result = await createInterviewRequest(input({ targetId: id('jonas-weber') }));
    if (!result.ok) throw new Error(result.message);
    // Marie Claudet, Jonas Weber's delegate, has no e-mail of her own: Geneva's desk hears for her. Jonas
    // keeps it on file (his inbox) but is not e-mailed while away (lib/requests/route-request.ts).
    expect(addressed(await requestIdOf(result.token))).toEqual({
      contacts: ['jonas-weber', 'marie-claudet'],
      staffMail: ['geneva.media@example.org'],
    });
    const mail = getDb()
      .$client.prepare("select text from outbox_messages where request_id = ? and kind = 'request-staff'")
      .pluck()
      .get(await requestIdOf(result.token));
    expect(mail).toContain('New interview request for Marie Claudet, covering for Jonas Weber.');
  });

  it('someone who left: the successor is addressed; with no successor the request is refused', async () => {
    const db = getDb().$client;
    db.prepare('update contacts set active = 0, successor_id = ? where slug = ?').run(
      id('amara-okafor'),
      'peter-otieno',
    );
    const moved = await createInterviewRequest(input({ targetId: id('peter-otieno') }));
    if (!moved.ok) throw new Error(moved.message);
    expect(addressed(await requestIdOf(moved.token))).toEqual({
      contacts: ['amara-okafor'],
      staffMail: ['amara.okafor@example.org'],
    });
    expect((await getRequestStatus(moved.token))!.request.contact?.slug).toBe('amara-okafor');

    db.prepare('update contacts set successor_id = null where slug = ?').run('peter-otieno');
    expect(await createInterviewRequest(input({ targetId: id('peter-otieno') }))).toMatchObject({
      ok: false,
      field: 'targetId',
      message: expect.stringMatching(/no longer listed/),
    });
    db.prepare('update contacts set active = 1 where slug = ?').run('peter-otieno');
  });

  it('a release: everyone listed on it, each city desk or own address once', async () => {
    const releaseId = getDb()
      .$client.prepare("select id from releases where slug = 'ifrc-president-rocca-meets-president-putin'")
      .pluck()
      .get() as number;
    const result = await createInterviewRequest(input({ target: 'release', targetId: releaseId, releaseId }));
    if (!result.ok) throw new Error(result.message);
    expect(addressed(await requestIdOf(result.token))).toEqual({
      contacts: ['ayuna-batoeva', 'marie-claudet', 'tommaso-della-longa'],
      staffMail: ['geneva.media@example.org', 'moscow.media@example.org'],
    });
  });

  it('a release listing someone on leave: their delegate gets it, as from their contact page', async () => {
    const db = getDb().$client;
    const releaseId = db
      .prepare("select id from releases where slug = 'ifrc-president-rocca-meets-president-putin'")
      .pluck()
      .get() as number;
    db.prepare('delete from release_contacts where release_id = ?').run(releaseId);
    db.prepare(
      "insert into release_contacts (release_id, contact_id, city_label, position) values (?, ?, 'Geneva', 0)",
    ).run(releaseId, id('jonas-weber'));
    const result = await createInterviewRequest(input({ target: 'release', targetId: releaseId, releaseId }));
    if (!result.ok) throw new Error(result.message);
    expect(addressed(await requestIdOf(result.token))).toEqual({
      contacts: ['marie-claudet'],
      staffMail: ['geneva.media@example.org'],
    });
  });

  it('refuses an unknown contact and stores nothing', async () => {
    const before = getDb().$client.prepare('select count(*) n from interview_requests').get();
    expect(await createInterviewRequest(input({ targetId: 999_999 }))).toMatchObject({ ok: false, field: 'targetId' });
    expect(getDb().$client.prepare('select count(*) n from interview_requests').get()).toEqual(before);
  });

  it('acknowledges at most a few requests a day to one address, and still stores and forwards every one', async () => {
    const acks = (to: string) =>
      getDb()
        .$client.prepare('select count(*) from outbox_messages where kind = \'request-ack\' and lower("to") = lower(?)')
        .pluck()
        .get(to);
    const staff = () =>
      getDb()
        .$client.prepare("select count(*) from outbox_messages where kind = 'request-staff'")
        .pluck()
        .get() as number;
    const day = new Date('2026-11-29T08:00:00Z');
    const staffBefore = staff();
    for (let i = 0; i < 6; i++) {
      const email = i % 2 ? 'Victim@Example.org' : 'victim@example.org';
      expect(await createInterviewRequest(input({ email }), new Date(day.getTime() + i * 60_000))).toMatchObject({
        ok: true,
      });
    }
    expect(acks('victim@example.org')).toBe(ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY);
    expect(staff() - staffBefore).toBe(6);
    // Another address is not held back, and the same one is acknowledged again a day later.
    await createInterviewRequest(input({ email: 'other@example.org' }), new Date(day.getTime() + 10 * 60_000));
    expect(acks('other@example.org')).toBe(1);
    await createInterviewRequest(input({ email: 'victim@example.org' }), new Date(day.getTime() + 25 * 60 * 60_000));
    expect(acks('victim@example.org')).toBe(ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY + 1);
  });

  it('a request to a city desk from a French page: stored in French, acknowledged with the city’s French name', async () => {
    const db = getDb().$client;
    const geneva = (db.prepare("select id from cities where slug = 'geneva'").get() as { id: number }).id;
    db.prepare("insert or replace into city_names (city_id, locale, name) values (?, 'fr', 'Genève')").run(geneva);
    const result = await createInterviewRequest(
      input({ target: 'city', targetId: geneva, email: 'genève@example.org', locale: 'fr' }),
      new Date('2026-11-28T11:00:00Z'),
    );
    if (!result.ok) throw new Error(result.message);
    const status = await getRequestStatus(result.token);
    expect(status?.request.locale).toBe('fr');
    expect(status?.history[0]?.message).toBe('Demande reçue.');
    const ack = db
      .prepare("select subject, text from outbox_messages where request_id = ? and kind = 'request-ack'")
      .get(status!.request.id) as { subject: string; text: string };
    expect(ack.subject).toBe(`Nous avons bien reçu votre demande d’entretien ${result.reference}`);
    expect(ack.text).toContain('Destinataire\u00a0: le service de presse de Genève.');
    expect(ack.text).toContain(`/fr/request-status/${result.token}`);
    expect(cityNameIn(geneva, 'fr')).toBe('Genève');
    expect(cityNameIn(geneva, 'ru')).toBe('Женева'); // the demo data's
  });
});
