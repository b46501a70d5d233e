import { z } from 'zod';
import { canonicalLanguageTag } from '@/lib/directory/languages';
import { LIMITS } from '@/lib/requests/interview-request';
import { isTimeZone } from '@/lib/time/zoned-time';

export type StoredRequest = {
  reference: string | null; target: string; contact_id: number | null; city_id: number | null; release_id: number | null;
  journalist_name: string; outlet: string; email: string; phone: string | null; deadline_at: number; deadline_time_zone: string;
  topic: string; questions: string; format: string; language: string; on_record: number; wished_interviewee: string | null; created_at: number;
};

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const email = z.email();

/** Every rule lib/requests/interview-request.ts enforces, checked on what actually reached the table. */
export function ruleViolations(r: StoredRequest): string[] {
  const problems: string[] = [];
  const text = (name: keyof typeof LIMITS, value: string | null, required: boolean) => {
    if (value === null) return required && problems.push(`${name} missing`);
    if (required && value.length === 0) problems.push(`${name} empty`);
    if (value.length > LIMITS[name]) problems.push(`${name} longer than ${LIMITS[name]}`);
    if (value !== value.trim()) problems.push(`${name} not trimmed`);
    if (CONTROL.test(value)) problems.push(`${name} has control characters`);
  };
  text('journalistName', r.journalist_name, true);
  text('outlet', r.outlet, true);
  text('topic', r.topic, true);
  text('questions', r.questions, false);
  text('wishedInterviewee', r.wished_interviewee, false);
  if (r.wished_interviewee === '') problems.push('wishedInterviewee stored empty instead of null');
  if (r.email.length > LIMITS.email || !email.safeParse(r.email).success) problems.push(`email invalid: ${r.email}`);
  if (r.phone !== null && !/^\+[1-9]\d{6,14}$/.test(r.phone)) problems.push(`phone not E.164: ${r.phone}`);
  if (!(r.deadline_at > r.created_at)) problems.push('deadline not in the future at creation');
  if (!isTimeZone(r.deadline_time_zone)) problems.push(`time zone invalid: ${r.deadline_time_zone}`);
  if (!['phone', 'video', 'in-person', 'written'].includes(r.format)) problems.push(`format invalid: ${r.format}`);
  if (canonicalLanguageTag(r.language) !== r.language) problems.push(`language not canonical: ${r.language}`);
  if (![0, 1].includes(r.on_record)) problems.push('onRecord not boolean');
  if (!/^PL-\d{4}-\d{6,}$/.test(r.reference ?? '')) problems.push(`reference invalid: ${r.reference}`);
  const owner = { contact: r.contact_id, city: r.city_id, release: r.release_id }[r.target];
  if (owner === undefined) problems.push(`target invalid: ${r.target}`);
  else if (owner === null) problems.push(`${r.target} request without its ${r.target}`);
  return problems;
}
