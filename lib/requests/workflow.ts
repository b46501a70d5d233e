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
