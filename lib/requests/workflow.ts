export const STATUSES = ['new', 'acknowledged', 'scheduled', 'done', 'declined', 'cancelled'] as const;
export type RequestStatus = (typeof STATUSES)[number];

/** new → acknowledged → scheduled → done, and declined from any open step. */
const NEXT: Record<RequestStatus, RequestStatus[]> = {
  new: ['acknowledged', 'declined'],
  acknowledged: ['scheduled', 'declined'],
  scheduled: ['done', 'declined'],
  done: [],
  declined: [],
  // Only the journalist cancels (lib/requests/journalist-change.ts), and a cancelled request stays so.
  cancelled: [],
};

export function nextStatuses(from: RequestStatus): RequestStatus[] {
  return NEXT[from];
}

export function canMoveTo(from: RequestStatus, to: RequestStatus): boolean {
  return NEXT[from].includes(to);
}

/** A closed request (done or declined) can be reopened, with a reason; it goes back to being worked on. */
export const REOPENED_STATUS: RequestStatus = 'acknowledged';
export function canReopen(from: RequestStatus): boolean {
  return from === 'done' || from === 'declined';
}

/** A scheduled interview can be moved while the request is still scheduled. */
export function canReschedule(from: RequestStatus): boolean {
  return from === 'scheduled';
}

/**
 * Who handles the request after a step: acknowledging or scheduling it makes the officer who did it
 * the assignee, unless someone already is (a colleague's assignment is never taken over by a click).
 * An account that speaks for no contact (an admin) cannot be an assignee.
 */
export function assigneeAfter(
  step: RequestStatus,
  current: number | null,
  actorContactId: number | null,
): number | null {
  if (current !== null) return current;
  if (step !== 'acknowledged' && step !== 'scheduled') return null;
  return actorContactId;
}

export const DEADLINE_REMINDER_MS = 2 * 60 * 60_000;

/**
 * A request still waiting for an answer (new or acknowledged) is reminded 2 hours before its deadline,
 * once (the caller records it). Not when it arrived already inside those 2 hours (the notification
 * itself was the reminder), and not once the deadline has passed (the inbox shows it as overdue).
 */
export function deadlineReminderDue(
  r: { status: RequestStatus; deadlineAt: Date; createdAt: Date },
  now: Date,
): boolean {
  if (r.status !== 'new' && r.status !== 'acknowledged') return false;
  const remindAt = r.deadlineAt.getTime() - DEADLINE_REMINDER_MS;
  return r.createdAt.getTime() < remindAt && remindAt <= now.getTime() && now.getTime() < r.deadlineAt.getTime();
}
