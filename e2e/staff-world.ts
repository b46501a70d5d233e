import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { request, type APIRequestContext } from '@playwright/test';
import { createContact, createSession, createUser, SESSION_COOKIE, type TestContact } from './fixtures';

/** The four people every staff page, action and route is tried as. */
export const ACTORS = ['visitor', 'officerA', 'officerB', 'admin'] as const;
export type ActorName = (typeof ACTORS)[number];

const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

const idOf = (db: Database.Database, sql: string, ...args: unknown[]) =>
  Number(db.prepare(sql).run(...args).lastInsertRowid);

/**
 * Officer A speaks for contact A in Kuala Lumpur, officer B for contact B in Nairobi, so neither
 * one's city inbox reaches the other's requests. The visitor holds the cookie of a session that has
 * ended: it gets past the proxy's cookie check, so what refuses them is the page or action itself.
 * Cities, releases, requests and e-mails are made on first use, so a test plants only what it needs.
 */
export class StaffWorld {
  readonly tag = crypto.randomBytes(4).toString('hex');
  private readonly contexts = new Map<ActorName, Promise<APIRequestContext>>();

  private constructor(
    readonly db: Database.Database,
    readonly baseURL: string,
    readonly contactA: TestContact,
    readonly contactB: TestContact,
    private readonly userIds: string[],
    private readonly cookies: Record<ActorName, string>,
  ) {}

  static async create(db: Database.Database, baseURL: string): Promise<StaffWorld> {
    // One organisation: B is a valid delegate or successor for A.
    const organisation = `E2E access ${crypto.randomBytes(3).toString('hex')}`;
    const contactA = createContact(db, { organisation });
    const contactB = createContact(db, { organisation, city: 'nairobi' });
    const officerA = await createUser(db, { role: 'officer', contactId: contactA.id });
    const officerB = await createUser(db, { role: 'officer', contactId: contactB.id });
    const admin = await createUser(db, { role: 'admin' });
    const ended = createSession(db, officerA.id);
    db.prepare('delete from sessions where token = ?').run(ended.token);
    const cookies = {
      visitor: ended.cookie,
      officerA: createSession(db, officerA.id).cookie,
      officerB: createSession(db, officerB.id).cookie,
      admin: createSession(db, admin.id).cookie,
    };
    return new StaffWorld(db, baseURL, contactA, contactB, [officerA.id, officerB.id, admin.id], cookies);
  }

  /** Requests as this actor, from a client address of this world's own (rate limits are per client). */
  as(actor: ActorName): Promise<APIRequestContext> {
    if (!this.contexts.has(actor)) {
      const { hostname } = new URL(this.baseURL);
      const cookie = {
        name: SESSION_COOKIE,
        value: this.cookies[actor],
        domain: hostname,
        path: '/',
        expires: -1,
        httpOnly: true,
        secure: false,
        sameSite: 'Lax' as const,
      };
      const address = `198.18.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;
      this.contexts.set(
        actor,
        request.newContext({
          baseURL: this.baseURL,
          storageState: { cookies: [cookie], origins: [] },
          extraHTTPHeaders: { 'x-forwarded-for': address, origin: new URL(this.baseURL).origin },
        }),
      );
    }
    return this.contexts.get(actor)!;
  }

  /** A city of its own, so an allowed edit touches no other test's pages. */
  readonly city = once(() => {
    const slug = `e2e-city-${this.tag}`;
    const name = `E2E City ${this.tag}`;
    const id = idOf(
      this.db,
      'insert into cities (slug, name, country, time_zone, desk_email, duty_phone) values (?, ?, ?, ?, ?, ?)',
      slug,
      name,
      'CH',
      'Europe/Zurich',
      `desk-${this.tag}@example.org`,
      '+41227304222',
    );
    return { id, slug, name };
  });

  /** A person imported from a release and awaiting review: inactive, no successor, never public. */
  readonly importedContact = once(() => {
    const slug = `e2e-imported-${this.tag}`;
    const { id: cityId } = this.db.prepare("select id from cities where slug = 'nairobi'").get() as { id: number };
    const id = idOf(
      this.db,
      "insert into contacts (slug, full_name, role, organisation, city_id, active) values (?, ?, 'Imported (test)', 'E2E import', ?, 0)",
      slug,
      `Imported Person ${this.tag}`,
      cityId,
    );
    return { id, slug };
  });

  /**
   * A draft datelined Kuala Lumpur, older than every demo release (an admin's allowed publish must not reorder the demo
   * lists other specs check).
   */
  readonly release = once(() => {
    const slug = `e2e-release-${this.tag}`;
    const id = idOf(
      this.db,
      "insert into releases (slug, title, published_on, summary, body, status) values (?, ?, '2000-01-02', 'Summary', 'Body', 'draft')",
      slug,
      `E2E release ${this.tag}`,
    );
    const kualaLumpur = this.db.prepare("select id from cities where slug = 'kuala-lumpur'").get() as { id: number };
    this.db
      .prepare("insert into release_datelines (release_id, position, place, city_id) values (?, 0, 'Kuala Lumpur', ?)")
      .run(id, kualaLumpur.id);
    return { id, slug };
  });

  /** An interview request addressed to contact A, in A's city. */
  readonly requestToA = once(() => this.plantRequest(this.contactA, 'A'));
  /** One addressed to contact B: B forges A's request id from B's own request page. */
  readonly requestToB = once(() => this.plantRequest(this.contactB, 'B'));

  private plantRequest(contact: TestContact, label: string) {
    const { id: cityId } = this.db.prepare('select city_id as id from contacts where id = ?').get(contact.id) as {
      id: number;
    };
    const request = this.insertRequest(label, contact.id, cityId);
    this.db
      .prepare('insert into interview_request_addressees (request_id, contact_id) values (?, ?)')
      .run(request.id, contact.id);
    return request;
  }

  /** A request to a city's press desk, addressed to no contact: officers reach it through their city only. */
  requestToDesk(citySlug: string, label: string) {
    const { id: cityId } = this.db.prepare('select id from cities where slug = ?').get(citySlug) as { id: number };
    return this.insertRequest(label, null, cityId);
  }

  private insertRequest(label: string, contactId: number | null, cityId: number) {
    const reference = `E2E-${this.tag}-${label}`;
    const id = idOf(
      this.db,
      `insert into interview_requests (reference, token_hash, target, contact_id, city_id, journalist_name, outlet, email, deadline_at, deadline_time_zone, topic, format, language, on_record)
       values (?, ?, ?, ?, ?, 'E2E Journalist', 'E2E Wire', 'journalist@example.org', ?, 'Europe/Zurich', ?, 'phone', 'en', 1)`,
      reference,
      crypto.randomBytes(32).toString('hex'),
      contactId === null ? 'city' : 'contact',
      contactId,
      cityId,
      Date.now() + 3 * 86_400_000,
      `Topic ${this.tag}`,
    );
    return { id, reference, heading: `${reference}: Topic ${this.tag}` };
  }

  /** A pending e-mail not due for a day: only a retry makes it due now. */
  readonly pendingMail = once(() =>
    idOf(
      this.db,
      "insert into outbox_messages (kind, \"to\", subject, text, next_attempt_at) values ('e2e', 'nobody@example.org', ?, 'E2E body', ?)",
      `E2E message ${this.tag}`,
      Date.now() + 86_400_000,
    ),
  );

  /** Rows as plain objects, to compare before and after. */
  rows(sql: string, ...args: unknown[]): unknown[] {
    return this.db.prepare(sql).all(...args);
  }

  async dispose() {
    for (const context of this.contexts.values()) await (await context).dispose();
    // Sessions go with their users; contacts and planted rows stay, as other fixtures' do.
    for (const id of this.userIds) this.db.prepare('delete from users where id = ?').run(id);
  }
}
