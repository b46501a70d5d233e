import 'server-only';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { cities, contacts, interviewRequests } from '@/db/schema';
import type { Actor } from '@/lib/auth/rules';
import { reachWhere, unreadBy, waiting } from './inbox';

/** The waiting requests this person handles that they have not opened yet (admins: every request). */
export async function countNewRequests(actor: Actor): Promise<number> {
  const db = getDb();
  const reach = reachWhere(db, actor);
  if (reach === false) return 0;
  return (
    db
      .select({ n: count() })
      .from(interviewRequests)
      .where(and(reach, waiting(), unreadBy(actor)))
      .get()?.n ?? 0
  );
}

/** Which requests `countNewRequests` counts (the first `limit`), so the navigation can take off one read since. */
export async function listNewRequestIds(actor: Actor, limit = 200): Promise<number[]> {
  const db = getDb();
  const reach = reachWhere(db, actor);
  if (reach === false) return [];
  return db
    .select({ id: interviewRequests.id })
    .from(interviewRequests)
    .where(and(reach, waiting(), unreadBy(actor)))
    .orderBy(interviewRequests.deadlineAt)
    .limit(limit)
    .all()
    .map((r) => r.id);
}

/** The staff home's list: waiting requests, the unopened first, then by deadline (an instant). */
export async function listNeedsMe(actor: Actor, limit = 50) {
  const db = getDb();
  const reach = reachWhere(db, actor);
  if (reach === false) return [];
  const unread = unreadBy(actor);
  return db
    .select({
      id: interviewRequests.id,
      reference: interviewRequests.reference,
      topic: interviewRequests.topic,
      journalistName: interviewRequests.journalistName,
      outlet: interviewRequests.outlet,
      locale: interviewRequests.locale,
      status: interviewRequests.status,
      deadlineAt: interviewRequests.deadlineAt,
      deadlineTimeZone: interviewRequests.deadlineTimeZone,
      city: cities.name,
      contact: contacts.fullName,
      isNew: sql<number>`${unread}`.mapWith(Boolean),
    })
    .from(interviewRequests)
    .leftJoin(cities, eq(cities.id, interviewRequests.cityId))
    .leftJoin(contacts, eq(contacts.id, interviewRequests.contactId))
    .where(and(reach, waiting()))
    .orderBy(desc(unread), asc(interviewRequests.deadlineAt), asc(interviewRequests.id))
    .limit(limit)
    .all();
}
