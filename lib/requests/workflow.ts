import type { Actor } from '../auth/rules';

export const STATUSES = ['new', 'acknowledged', 'scheduled', 'done', 'declined'] as const;
export type RequestStatus = (typeof STATUSES)[number];

/** new → acknowledged → scheduled → done, and declined from any open step. */
const NEXT: Record<RequestStatus, RequestStatus[]> = {
  new: ['acknowledged', 'declined'],
  acknowledged: ['scheduled', 'declined'],
  scheduled: ['done', 'declined'],
  done: [],
  declined: [],
};

export function nextStatuses(from: RequestStatus): RequestStatus[] {
  return NEXT[from];
}

export function canMoveTo(from: RequestStatus, to: RequestStatus): boolean {
  return NEXT[from].includes(to);
}

/** Where the signed-in person stands: their contact and that contact's city. */
export type InboxScope = { actor: Actor; cityId: number | null };

export type RequestReach = { cityId: number | null; addresseeIds: number[]; assigneeId: number | null };

/**
 * An officer handles requests addressed to them, to their city's press office (or to anyone
 * in their city), and those a colleague assigned to them; admins handle every request.
 */
export function canHandleRequest(scope: InboxScope, request: RequestReach): boolean {
  const { actor, cityId } = scope;
  if (actor.role === 'admin') return true;
  if (actor.contactId === null) return false;
  if (request.addresseeIds.includes(actor.contactId) || request.assigneeId === actor.contactId) return true;
  return cityId !== null && request.cityId === cityId;
}
