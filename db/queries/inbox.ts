import 'server-only';
import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { reachOf, scopeOf } from '@/db/writes/interview-requests';
import {
  cities,
  contacts,
  interviewRequestAddressees,
  interviewRequestEvents,
  interviewRequests,
  requestAssignments,
  requestNotes,
} from '@/db/schema';
import { canHandleRequest, type Actor } from '@/lib/auth/rules';
import type { RequestStatus } from '@/lib/requests/workflow';

export type InboxFilters = { status?: RequestStatus; cityId?: number; contactId?: number; sort: 'newest' | 'deadline' };

/**
 * The requests this person handles, filtered; newest first or soonest deadline first. The `reach`
 * filter is canHandleRequest (lib/auth/rules.ts) in SQL; inbox.test.ts checks they agree.
 */
export async function listInbox(actor: Actor, f: InboxFilters) {
  const db = getDb();
  const scope = scopeOf(db, actor);
  const addressedTo = (ids: number[]) =>
    inArray(
      interviewRequests.id,
      db
        .select({ id: interviewRequestAddressees.requestId })
        .from(interviewRequestAddressees)
        .where(inArray(interviewRequestAddressees.contactId, ids)),
    );
  let reach: SQL | undefined;
  if (actor.role !== 'admin') {
    if (actor.contactId === null) return [];
    const assigned = inArray(
      interviewRequests.id,
      db
        .select({ id: requestAssignments.requestId })
        .from(requestAssignments)
        .where(eq(requestAssignments.contactId, actor.contactId)),
    );
    reach = or(
      addressedTo([actor.contactId, ...scope.coversFor]),
      assigned,
      scope.cityId !== null ? eq(interviewRequests.cityId, scope.cityId) : undefined,
    );
  }
  const where = and(
    reach,
    f.status ? eq(interviewRequests.status, f.status) : undefined,
    f.cityId ? eq(interviewRequests.cityId, f.cityId) : undefined,
    f.contactId ? or(addressedTo([f.contactId]), eq(interviewRequests.contactId, f.contactId)) : undefined,
  );
  return db
    .select({
      id: interviewRequests.id,
      reference: interviewRequests.reference,
      topic: interviewRequests.topic,
      journalistName: interviewRequests.journalistName,
      outlet: interviewRequests.outlet,
      status: interviewRequests.status,
      deadlineAt: interviewRequests.deadlineAt,
      deadlineTimeZone: interviewRequests.deadlineTimeZone,
      createdAt: interviewRequests.createdAt,
      city: cities.name,
      cityTimeZone: cities.timeZone,
      contact: contacts.fullName,
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
