import { z } from 'zod';
import { canonicalLanguageTag } from '@/lib/directory/languages';
import { LIMITS } from '@/lib/requests/interview-request';
import { canonicalTimeZone } from '@/lib/text/time-zone';

export type StoredRequest = {
  reference: string | null;
  target: string;
  contact_id: number | null;
  city_id: number | null;
  release_id: number | null;
  journalist_name: string;
  outlet: string;
  email: string;
  phone: string | null;
  deadline_at: number;
  deadline_time_zone: string;
  topic: string;
  questions: string;
  format: string;
  language: string;
  on_record: number;
  wished_interviewee: string | null;
  created_at: number;
};

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Line breaks, bidi embeddings/overrides/isolates and zero-width spaces (lib/text/normalise.ts). */
const NOT_IN_A_LINE = /[\r\n\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/;
const YEAR_MS = 366 * 24 * 60 * 60 * 1000;
const email = z.email();

/** Every rule lib/requests/interview-request.ts enforces, checked on what actually reached the table. */
export function ruleViolations(r: StoredRequest): string[] {
  const problems: string[] = [];
  const text = (name: keyof typeof LIMITS, value: string | null, required: boolean, oneLine = true) => {
    if (value === null) return required && problems.push(`${name} missing`);
    if (required && value.length === 0) problems.push(`${name} empty`);
    if (value.length > LIMITS[name]) problems.push(`${name} longer than ${LIMITS[name]}`);
    if (value !== value.trim()) problems.push(`${name} not trimmed`);
    if (CONTROL.test(value)) problems.push(`${name} has control characters`);
    if (oneLine && NOT_IN_A_LINE.test(value))
      problems.push(`${name} has a line break, bidi override or zero-width space`);
    if (value.normalize('NFC') !== value) problems.push(`${name} not NFC`);
  };
  text('journalistName', r.journalist_name, true);
  text('outlet', r.outlet, true);
  text('topic', r.topic, true);
  text('questions', r.questions, false, false);
  text('wishedInterviewee', r.wished_interviewee, false);
  if (r.wished_interviewee === '') problems.push('wishedInterviewee stored empty instead of null');
  if (r.email.length > LIMITS.email || !email.safeParse(r.email).success) problems.push(`email invalid: ${r.email}`);
  if (r.phone !== null && !/^\+[1-9]\d{6,14}$/.test(r.phone)) problems.push(`phone not E.164: ${r.phone}`);
  if (!(r.deadline_at > r.created_at)) problems.push('deadline not in the future at creation');
  if (r.deadline_at > r.created_at + YEAR_MS) problems.push('deadline more than a year ahead');
  if (canonicalTimeZone(r.deadline_time_zone) !== r.deadline_time_zone)
    problems.push(`time zone not canonical: ${r.deadline_time_zone}`);
  if (!['phone', 'video', 'in-person', 'written'].includes(r.format)) problems.push(`format invalid: ${r.format}`);
  if (canonicalLanguageTag(r.language) !== r.language) problems.push(`language not canonical: ${r.language}`);
  if (![0, 1].includes(r.on_record)) problems.push('onRecord not boolean');
  if (!/^PL-\d{4}-\d{6,}$/.test(r.reference ?? '')) problems.push(`reference invalid: ${r.reference}`);
  const owner = { contact: r.contact_id, city: r.city_id, release: r.release_id }[r.target];
  if (owner === undefined) problems.push(`target invalid: ${r.target}`);
  else if (owner === null) problems.push(`${r.target} request without its ${r.target}`);
  return problems;
}
