import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { hashPassword } from 'better-auth/crypto';
import { test as base, type BrowserContext } from '@playwright/test';
import { E2E_DB } from '../playwright.config';

/**
 * DB-backed fixtures: each test makes its own contact and account in the e2e database and
 * gets a session without the sign-in form (scrypt makes that slow), signed with the
 * secret the server keeps beside that database.
 */
export type TestContact = { id: number; slug: string; fullName: string; organisation: string; citySlug: string };
export type TestUser = { id: string; email: string; password: string | null };

const unique = () => crypto.randomBytes(5).toString('hex');

export function openTestDb() {
  const db = new Database(E2E_DB);
  db.pragma('busy_timeout = 5000');
  return db;
}

export function createContact(
  db: Database.Database,
  { city = 'kuala-lumpur', organisation = `E2E org ${unique()}` } = {},
): TestContact {
  const tag = unique();
  const cityId = (db.prepare('select id from cities where slug = ?').get(city) as { id: number }).id;
  const slug = `e2e-officer-${tag}`;
  const fullName = `Test Officer ${tag}`;
  const confirmedAt = Date.now() - 200 * 24 * 60 * 60 * 1000;
  const { lastInsertRowid } = db
    .prepare(
      'insert into contacts (slug, full_name, role, organisation, city_id, confirmed_at) values (?, ?, ?, ?, ?, ?)',
    )
    .run(slug, fullName, 'Media officer (test)', organisation, cityId, confirmedAt);
  const id = Number(lastInsertRowid);
  db.prepare("insert into contact_phones (contact_id, kind, e164, position) values (?, 'mobile', ?, 0)").run(
    id,
    `+4420794609${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`,
  );
  db.prepare("insert into contact_languages (contact_id, tag, position) values (?, 'en', 0)").run(id);
  db.prepare('insert into contact_hours (contact_id, weekday, start_minute, end_minute) values (?, 1, 540, 1020)').run(
    id,
  );
  return { id, slug, fullName, organisation, citySlug: city };
}

export async function createUser(
  db: Database.Database,
  {
    role,
    contactId = null,
    password = null,
  }: { role: 'admin' | 'officer'; contactId?: number | null; password?: string | null },
): Promise<TestUser> {
  const id = `e2e-${unique()}`;
  const email = `${id}@example.org`;
  db.prepare('insert into users (id, name, email, email_verified, role, contact_id) values (?, ?, ?, 1, ?, ?)').run(
    id,
    email,
    email,
    role,
    contactId,
  );
  if (password) {
    db.prepare(
      "insert into accounts (id, account_id, provider_id, user_id, password) values (?, ?, 'credential', ?, ?)",
    ).run(`acc-${id}`, id, id, await hashPassword(password));
  }
  return { id, email, password };
}

export const SESSION_COOKIE = 'better-auth.session_token';

/**
 * A session row plus the signed cookie value better-auth expects (HMAC-SHA256 of the token, as better-call signs it).
 */
export function createSession(db: Database.Database, userId: string): { token: string; cookie: string } {
  const token = crypto.randomBytes(24).toString('base64url');
  db.prepare('insert into sessions (id, token, user_id, expires_at) values (?, ?, ?, ?)').run(
    `s-${unique()}`,
    token,
    userId,
    Date.now() + 24 * 60 * 60 * 1000,
  );
  const secret = fs.readFileSync(path.join(path.dirname(E2E_DB), 'auth-secret'), 'utf8').trim();
  const signature = crypto.createHmac('sha256', secret).update(token).digest('base64');
  return { token, cookie: encodeURIComponent(`${token}.${signature}`) };
}

/** The session token a cookie value carries (before the signature). */
export const tokenOf = (cookie: string) => decodeURIComponent(cookie).split('.')[0]!;

export async function addSession(db: Database.Database, context: BrowserContext, baseURL: string, userId: string) {
  const session = createSession(db, userId);
  await context.addCookies([
    { name: SESSION_COOKIE, value: session.cookie, url: baseURL, httpOnly: true, sameSite: 'Lax' },
  ]);
  return session;
}

type Fixtures = {
  db: Database.Database;
  /** An officer with their own fresh contact, signed in in this test's browser context */
  officer: { user: TestUser; contact: TestContact };
  /** With `test.use({ signedInAs: 'admin' })`, every test of the file starts signed in as a fresh admin */
  adminSession: TestUser | null;
};
type Options = { signedInAs: 'admin' | null };

export const test = base.extend<Fixtures & Options>({
  signedInAs: [null, { option: true }],
  db: async ({}, provide) => {
    const db = openTestDb();
    await provide(db);
    db.close();
  },
  officer: async ({ db, context, baseURL }, provide) => {
    const contact = createContact(db);
    const user = await createUser(db, { role: 'officer', contactId: contact.id });
    await addSession(db, context, baseURL!, user.id);
    await provide({ user, contact });
    db.prepare('delete from users where id = ?').run(user.id);
  },
  adminSession: [
    async ({ signedInAs, db, context, baseURL }, provide) => {
      if (signedInAs !== 'admin') return provide(null);
      const user = await createUser(db, { role: 'admin' });
      await addSession(db, context, baseURL!, user.id);
      await provide(user);
      db.prepare('delete from users where id = ?').run(user.id);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
