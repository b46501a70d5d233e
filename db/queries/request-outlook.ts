import 'server-only';
import { and, eq, gt, inArray, min } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  cities,
  contactHours,
  contacts,
  interviewRequestAddressees,
  interviewRequestEvents,
  interviewRequests,
} from '@/db/schema';
import { ANSWER_WINDOW_DAYS, deskHours, typicalAnswerMinutes, type Outlook } from '@/lib/requests/what-happens-next';
import type { RequestStatus } from '@/lib/requests/workflow';

const ANSWERS: RequestStatus[] = ['acknowledged', 'scheduled', 'done', 'declined'];

/**
 * What the status page needs to say what happens next: the desk's published hours (everyone active in its
 * city) and how fast it answered its recent requests. A request for a release's spokespeople is read against
 * the city of its first addressee.
 */
export function getRequestOutlook(
  request: { id: number; cityId: number | null; status: RequestStatus },
  desk: string,
  now = new Date(),
): Outlook {
  const db = getDb();
  const cityId =
    request.cityId ??
    db
      .select({ cityId: contacts.cityId })
      .from(interviewRequestAddressees)
      .innerJoin(contacts, eq(contacts.id, interviewRequestAddressees.contactId))
      .where(eq(interviewRequestAddressees.requestId, request.id))
      .get()?.cityId ??
    null;
  const city =
    cityId === null
      ? undefined
      : db.select({ name: cities.name, timeZone: cities.timeZone }).from(cities).where(eq(cities.id, cityId)).get();
  if (cityId === null || !city)
    return { status: request.status, desk, timeZone: null, place: null, hours: [], typicalMinutes: null };

  const hours = deskHours(
    db
      .select({
        weekday: contactHours.weekday,
        startMinute: contactHours.startMinute,
        endMinute: contactHours.endMinute,
      })
      .from(contactHours)
      .innerJoin(contacts, eq(contacts.id, contactHours.contactId))
      .where(and(eq(contacts.cityId, cityId), eq(contacts.active, true)))
      .all(),
  );
  const since = new Date(now.getTime() - ANSWER_WINDOW_DAYS * 86_400_000);
  const answered = db
    .select({ receivedAt: interviewRequests.createdAt, answeredAt: min(interviewRequestEvents.at) })
    .from(interviewRequests)
    .innerJoin(
      interviewRequestEvents,
      and(eq(interviewRequestEvents.requestId, interviewRequests.id), inArray(interviewRequestEvents.status, ANSWERS)),
    )
    .where(and(eq(interviewRequests.cityId, cityId), gt(interviewRequests.createdAt, since)))
    .groupBy(interviewRequests.id)
    .all()
    .flatMap((a) => (a.answeredAt === null ? [] : [{ receivedAt: a.receivedAt, answeredAt: new Date(a.answeredAt) }]));
  return {
    status: request.status,
    desk,
    timeZone: city.timeZone,
    place: city.name,
    hours,
    typicalMinutes: typicalAnswerMinutes(answered, city.timeZone, hours),
  };
}
