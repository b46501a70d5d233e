/**
 * What needs a press officer now: requests still waiting for an answer, and which of them they have
 * not opened yet. A request is new to each officer until that officer opens its page.
 */
import type { RequestStatus } from './workflow';

/** Waiting for the press office: not yet scheduled, declined or done. */
export const WAITING_STATUSES = ['new', 'acknowledged'] as const satisfies readonly RequestStatus[];

/** The staff navigation's link: "Requests", or "Requests (2 new)". */
export function requestsNavLabel(newCount: number): string {
  return newCount > 0 ? `Requests (${newCount} new)` : 'Requests';
}

/** The inbox's quick filters, as GET parameters, so they work without JavaScript. */
export const QUICK_FILTERS = [
  { key: 'mine', label: 'Assigned to me', params: { mine: '1' } },
  { key: 'soon', label: 'Due in 24 h', params: { due: 'soon' } },
  { key: 'overdue', label: 'Overdue', params: { due: 'overdue' } },
] as const;

export type InboxQuery = Record<string, string | string[] | undefined>;

/** The quick-filter part of the inbox's query: anything else reads as no filter. */
export function quickFiltersOf(q: InboxQuery): { mine: boolean; due?: 'soon' | 'overdue' } {
  const due = q.due === 'soon' || q.due === 'overdue' ? q.due : undefined;
  return { mine: q.mine === '1', due };
}
