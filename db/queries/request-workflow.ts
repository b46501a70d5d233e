import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, cities, contacts, requestInterviews } from '@/db/schema';

/**
 * The workflow side of a request's page, for a request the caller has already found the actor may
 * see (getInboxRequest): the interview, every staff step with who and when (the audit log), and the
 * zone the actor schedules in by default (their own city's).
 */
export function getRequestWorkflow(requestId: number, actorContactId: number | null) {
  const db = getDb();
  const interview = db.select().from(requestInterviews).where(eq(requestInterviews.requestId, requestId)).get() ?? null;
  const steps = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      who: auditLog.actorEmail,
      field: auditLog.field,
      from: auditLog.oldValue,
      to: auditLog.newValue,
    })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'request'), eq(auditLog.entityId, requestId)))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
  const officerTimeZone =
    actorContactId === null
      ? null
      : (db
          .select({ zone: cities.timeZone })
          .from(contacts)
          .innerJoin(cities, eq(cities.id, contacts.cityId))
          .where(eq(contacts.id, actorContactId))
          .get()?.zone ?? null);
  return { interview, steps, officerTimeZone };
}
