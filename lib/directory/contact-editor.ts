import type { FormValues } from '../forms/form-state';

/** Details not confirmed for this long are flagged to staff, and to journalists as possibly out of date. */
export const STALE_AFTER_DAYS = 90;
const DAY = 24 * 60 * 60 * 1000;

export function isStale(confirmedAt: Date | null, now = Date.now()): boolean {
  return !confirmedAt || now - confirmedAt.getTime() > STALE_AFTER_DAYS * DAY;
}

/** What the contact form is given: the stored contact, its form values, and the choices offered. */
export type ContactEditorData = {
  contact: {
    id: number;
    slug: string;
    fullName: string;
    organisation: string;
    active: boolean;
    awaitingReview: boolean;
    confirmedAt: Date | null;
    /** The city's name */
    city: string;
  };
  values: FormValues;
  cities: { id: number; name: string }[];
  delegates: { id: number; fullName: string }[];
};
