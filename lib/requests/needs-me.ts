/**
 * What needs a press officer now: requests still waiting for an answer, and which of them they have
 * not opened yet. A request is new to each officer until that officer opens its page.
 */
import type { RequestStatus } from './workflow';

/** Waiting for the press office: not yet scheduled, declined or done. */
export const WAITING_STATUSES = ['new', 'acknowledged'] as const satisfies readonly RequestStatus[];

export function isWaiting(status: RequestStatus): boolean {
  return (WAITING_STATUSES as readonly RequestStatus[]).includes(status);
}

/** The staff navigation's link: "Requests", or "Requests (2 new)". */
export function requestsNavLabel(newCount: number): string {
  return newCount > 0 ? `Requests (${newCount} new)` : 'Requests';
}

/** The inbox's quick filters: links with GET parameters, so they work without JavaScript. */
export const QUICK_FILTERS = [
  { key: 'all', label: 'All', href: '/requests' },
  { key: 'mine', label: 'Assigned to me', href: '/requests?mine=1' },
  { key: 'soon', label: 'Due in 24 h', href: '/requests?due=soon&sort=deadline' },
  { key: 'overdue', label: 'Overdue', href: '/requests?due=overdue&sort=deadline' },
] as const;

export type InboxQuery = Record<string, string | string[] | undefined>;
export type QuickFilters = { mine: boolean; due?: 'soon' | 'overdue' };

/** The quick-filter part of the inbox's query: anything else reads as no filter. */
export function quickFiltersOf(q: InboxQuery): QuickFilters {
  const due = q.due === 'soon' || q.due === 'overdue' ? q.due : undefined;
  return { mine: q.mine === '1', due };
}

/** Which quick filter the page shows, when exactly one (or none: "All") is on. */
export function activeQuickFilter({ mine, due }: QuickFilters): (typeof QUICK_FILTERS)[number]['key'] | null {
  if (mine) return due ? null : 'mine';
  return due ?? 'all';
}
