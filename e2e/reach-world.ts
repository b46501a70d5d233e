import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * Data for the "reach someone now" specs, chosen so each test holds at any hour: someone on duty
 * around the clock, someone with no hours at all (off whenever the test runs), someone on leave.
 * Each call makes a new city, so no cached page of another test is involved.
 */
const tag = () => crypto.randomBytes(4).toString('hex');
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

export type ReachCity = { slug: string; name: string; id: number; dutyPhone: string };
export type ReachPerson = { id: number; slug: string; fullName: string; phone: string };

export function createCity(db: Database.Database): ReachCity {
  const t = tag();
  const name = `Reachton ${t}`;
  const slug = `reachton-${t}`;
  const dutyPhone = `+4122730${String(1000 + Math.floor(Math.random() * 8999))}`;
  const { lastInsertRowid } = db
    .prepare('insert into cities (slug, name, country, time_zone, desk_email, duty_phone) values (?, ?, ?, ?, ?, ?)')
    .run(slug, name, 'CH', 'Europe/Zurich', `desk-${t}@example.org`, dutyPhone);
  return { slug, name, id: Number(lastInsertRowid), dutyPhone };
}

export function createPerson(
  db: Database.Database,
  city: ReachCity,
  fullName: string,
  {
    hours = 'none',
    leaveUntil = null,
    delegateId = null,
    email = null,
    languages = ['en'],
  }: {
    hours?: 'always' | 'none';
    leaveUntil?: string | null;
    delegateId?: number | null;
    email?: string | null;
    languages?: string[];
  } = {},
): ReachPerson {
  const slug = `${fullName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${tag()}`;
  const { lastInsertRowid } = db
    .prepare(
      `insert into contacts (slug, full_name, role, organisation, city_id, email, on_leave, leave_returns_on, delegate_id, confirmed_at)
       values (?, ?, 'Spokesperson (test)', 'E2E Reach', ?, ?, ?, ?, ?, ?)`,
    )
    .run(slug, fullName, city.id, email, leaveUntil ? 1 : 0, leaveUntil, delegateId, Date.now());
  const id = Number(lastInsertRowid);
  const phone = `+4179${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`;
  db.prepare("insert into contact_phones (contact_id, kind, e164, position) values (?, 'mobile', ?, 0)").run(id, phone);
  languages.forEach((l, i) =>
    db.prepare('insert into contact_languages (contact_id, tag, position) values (?, ?, ?)').run(id, l, i),
  );
  if (hours === 'always') {
    for (const weekday of ALL_WEEK) {
      db.prepare(
        'insert into contact_hours (contact_id, weekday, start_minute, end_minute) values (?, ?, 0, 1440)',
      ).run(id, weekday);
    }
  }
  return { id, slug, fullName, phone };
}

export function createRelease(
  db: Database.Database,
  city: ReachCity,
  people: ReachPerson[],
): { slug: string; title: string } {
  const t = tag();
  const slug = `reach-release-${t}`;
  const title = `Reach release ${t}`;
  const { lastInsertRowid } = db
    .prepare(
      "insert into releases (slug, title, published_on, summary, body, status) values (?, ?, '2026-11-30', 'Summary.', 'Body.', 'published')",
    )
    .run(slug, title);
  const id = Number(lastInsertRowid);
  db.prepare('insert into release_datelines (release_id, position, place, city_id) values (?, 0, ?, ?)').run(
    id,
    city.name,
    city.id,
  );
  people.forEach((p, i) =>
    db
      .prepare('insert into release_contacts (release_id, contact_id, city_label, position) values (?, ?, ?, ?)')
      .run(id, p.id, city.name, i),
  );
  return { slug, title };
}

/** A date some weeks ahead, as the leave return date. */
export const inThreeWeeks = () => new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
