import 'server-only';
import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import { reachOf, scopeOf } from '@/db/writes/interview-requests';
import {
  cities,
  contacts,
  interviewRequestAddressees,
  interviewRequestEvents,
  interviewRequests,
  requestAssignments,
  requestNotes,
  requestReads,
} from '@/db/schema';
import { canHandleRequest, type Actor } from '@/lib/auth/rules';
import { WAITING_STATUSES } from '@/lib/requests/needs-me';
import type { RequestStatus } from '@/lib/requests/workflow';
import { DUE_SOON_MS } from '@/lib/time/staff-clock';

export type InboxFilters = {
  status?: RequestStatus;
  cityId?: number;
  contactId?: number;
  /** Only the requests handed to this person */
  mine?: boolean;
  /** Still waiting (new or acknowledged) and due within 24 hours, or past their deadline */
  due?: 'soon' | 'overdue';
  sort: 'newest' | 'deadline';
};

const addressedTo = (db: Db, ids: number[]) =>
  inArray(
    interviewRequests.id,
    db
      .select({ id: interviewRequestAddressees.requestId })
      .from(interviewRequestAddressees)
      .where(inArray(interviewRequestAddressees.contactId, ids)),
  );

const assignedTo = (db: Db, contactId: number) =>
  inArray(
    interviewRequests.id,
    db
      .select({ id: requestAssignments.requestId })
      .from(requestAssignments)
      .where(eq(requestAssignments.contactId, contactId)),
  );

/**
 * canHandleRequest (lib/auth/rules.ts) in SQL: undefined for an admin (every request), `false` for
 * an account that speaks for no contact. inbox.test.ts checks they agree.
 */
export function reachWhere(db: Db, actor: Actor): SQL | undefined | false {
  if (actor.role === 'admin') return undefined;
  if (actor.contactId === null) return false;
  const scope = scopeOf(db, actor);
  return or(
    addressedTo(db, [actor.contactId, ...scope.coversFor]),
    assignedTo(db, actor.contactId),
    scope.cityId !== null ? eq(interviewRequests.cityId, scope.cityId) : undefined,
  );
}

/** The actor has not opened the request's page yet. */
export const unreadBy = (actor: Actor) =>
  sql<boolean>`not exists (select 1 from ${requestReads} where ${requestReads.requestId} = ${interviewRequests.id} and ${requestReads.userId} = ${actor.userId})`;

/** Waiting for an answer: neither scheduled nor closed. */
export const waiting = () => inArray(interviewRequests.status, [...WAITING_STATUSES]);

/**
 * The requests this person handles, filtered; newest first or soonest deadline first (deadlines are
 * instants, so requests set in different zones sort correctly).
 */
export async function listInbox(actor: Actor, f: InboxFilters, now = new Date()) {
  const db = getDb();
  const reach = reachWhere(db, actor);
  if (reach === false) return [];
  const where = and(
    reach,
    f.status ? eq(interviewRequests.status, f.status) : undefined,
    f.cityId ? eq(interviewRequests.cityId, f.cityId) : undefined,
    f.contactId ? or(addressedTo(db, [f.contactId]), eq(interviewRequests.contactId, f.contactId)) : undefined,
    f.mine ? (actor.contactId === null ? sql`0` : assignedTo(db, actor.contactId)) : undefined,
    f.due === 'soon'
      ? and(
          waiting(),
          gte(interviewRequests.deadlineAt, now),
          lte(interviewRequests.deadlineAt, new Date(+now + DUE_SOON_MS)),
        )
      : undefined,
    f.due === 'overdue' ? and(waiting(), lt(interviewRequests.deadlineAt, now)) : undefined,
  );
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
      createdAt: interviewRequests.createdAt,
      city: cities.name,
      cityTimeZone: cities.timeZone,
      contact: contacts.fullName,
      isNew: sql<number>`(${waiting()} and ${unreadBy(actor)})`.mapWith(Boolean),
    })
    .from(interviewRequests)
    .leftJoin(cities, eq(cities.id, interviewRequests.cityId))
    .leftJoin(contacts, eq(contacts.id, interviewRequests.contactId))
    .where(where)
    .orderBy(
      f.sort === 'deadline' ? asc(interviewRequests.deadlineAt) : desc(interviewRequests.createdAt),
      desc(interviewRequests.id),
    )
    .limit(200)
    .all();
}

/** One request with everything staff need, or null when this person may not see it. */
export async function getInboxRequest(actor: Actor, requestId: number) {
  const db = getDb();
  const scope = scopeOf(db, actor);
  const reach = reachOf(db, requestId);
  if (!reach || !canHandleRequest(scope, reach)) return null;
  const request = db.query.interviewRequests
    .findFirst({
      where: eq(interviewRequests.id, requestId),
      with: { city: true, contact: { with: { city: true } }, release: { columns: { title: true, slug: true } } },
    })
    .sync()!;
  const addressees = reach.addresseeIds.length
    ? db
        .select({ id: contacts.id, fullName: contacts.fullName, timeZone: cities.timeZone })
        .from(contacts)
        .innerJoin(cities, eq(cities.id, contacts.cityId))
        .where(inArray(contacts.id, reach.addresseeIds))
        .all()
    : [];
  const staffTimeZone = request.city?.timeZone ?? request.contact?.city.timeZone ?? addressees[0]?.timeZone ?? 'UTC';
  return {
    request,
    staffTimeZone,
    addressees,
    assignee:
      reach.assigneeId === null
        ? null
        : (db
            .select({ id: contacts.id, fullName: contacts.fullName })
            .from(contacts)
            .where(eq(contacts.id, reach.assigneeId))
            .get() ?? null),
    history: db
      .select()
      .from(interviewRequestEvents)
      .where(eq(interviewRequestEvents.requestId, requestId))
      .orderBy(desc(interviewRequestEvents.at), desc(interviewRequestEvents.id))
      .all(),
    notes: db
      .select()
      .from(requestNotes)
      .where(eq(requestNotes.requestId, requestId))
      .orderBy(asc(requestNotes.at), asc(requestNotes.id))
      .all(),
    colleagues: db
      .select({ id: contacts.id, fullName: contacts.fullName, city: cities.name })
      .from(contacts)
      .innerJoin(cities, eq(cities.id, contacts.cityId))
      .where(eq(contacts.active, true))
      .orderBy(asc(contacts.fullName))
      .all(),
  };
}

export async function inboxFilterOptions() {
  const db = getDb();
  return {
    cities: db.select({ id: cities.id, name: cities.name }).from(cities).orderBy(asc(cities.name)).all(),
    contacts: db
      .select({ id: contacts.id, fullName: contacts.fullName })
      .from(contacts)
      .where(eq(contacts.active, true))
      .orderBy(asc(contacts.fullName))
      .all(),
  };
}
