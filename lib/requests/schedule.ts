import { z } from 'zod';
import { parsePhone } from '../directory/phone';
import { fieldErrorsOf, readFields, type Parsed } from '../forms/form-state';
import { canonicalTimeZone } from '../text/time-zone';
import { localToUtc } from '../time/zoned-time';
import { FORMAT_LABELS } from './fields';

export const INTERVIEW_FORMATS = Object.keys(FORMAT_LABELS) as (keyof typeof FORMAT_LABELS)[];
export type InterviewFormat = keyof typeof FORMAT_LABELS;

/** What the "where or how" field asks for, per format. */
export const LOCATION_LABELS: Record<InterviewFormat, string> = {
  phone: 'the phone number to call',
  video: 'the video link',
  'in-person': 'the place',
  written: 'the e-mail address for the answers',
};

const fields = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date as YYYY-MM-DD.'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give the time as HH:MM, 24-hour clock.'),
  timeZone: z.string().refine((v) => canonicalTimeZone(v) !== null, 'Choose a time zone such as Europe/Moscow.'),
  minutes: z.coerce
    .number({ error: 'Give the length in minutes.' })
    .int('Give whole minutes.')
    .min(5, 'At least 5 minutes.')
    .max(480, 'At most 8 hours (480 minutes).'),
  format: z.enum(INTERVIEW_FORMATS as [InterviewFormat, ...InterviewFormat[]], { error: 'Choose how it happens.' }),
  location: z.string().trim().max(500, 'Keep this under 500 characters.'),
  /** The message to the journalist; named apart from the status form's `message` on the same page */
  invitationMessage: z.string().trim().max(2000, 'Keep the message under 2000 characters.'),
});

export const SCHEDULE_FIELDS = Object.keys(fields.shape) as (keyof typeof fields.shape)[];

export type ScheduleInput = {
  startsAt: Date;
  timeZone: string;
  minutes: number;
  format: InterviewFormat;
  location: string;
  message: string;
};

/** "Where or how", checked against the format: a dialable number, an https link, a place, an address. */
function checkLocation(
  format: InterviewFormat,
  location: string,
): { ok: true; value: string } | { ok: false; error: string } {
  if (!location) return { ok: false, error: `Give ${LOCATION_LABELS[format]}.` };
  if (format === 'phone') {
    const phone = parsePhone(location);
    return phone.ok ? { ok: true, value: phone.phone.international } : { ok: false, error: phone.error };
  }
  if (format === 'video') {
    const url = URL.canParse(location) ? new URL(location) : null;
    return url && (url.protocol === 'https:' || url.protocol === 'http:')
      ? { ok: true, value: url.href }
      : { ok: false, error: 'Give the full video link, starting with https://.' };
  }
  if (format === 'written')
    return z.email().safeParse(location).success
      ? { ok: true, value: location }
      : { ok: false, error: 'Give the e-mail address the answers go to.' };
  return location.length >= 3 ? { ok: true, value: location } : { ok: false, error: 'Give the address of the place.' };
}

/**
 * The schedule form: every field checked at once, so each error shows beside its field in one round,
 * and the interview must start in the future and within a year.
 */
export function parseSchedule(read: (name: string) => unknown, now = new Date()): Parsed<ScheduleInput> {
  const values = readFields(read, SCHEDULE_FIELDS);
  const parsed = fields.safeParse(values);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const data = parsed.success ? parsed.data : null;
  const format = fields.shape.format.safeParse(values.format);
  const location = format.success ? checkLocation(format.data, values.location!.trim()) : null;
  if (location && !location.ok) errors.location ??= location.error;
  const zone = canonicalTimeZone(values.timeZone);
  let startsAt: Date | null = null;
  if (!errors.date && !errors.time && zone) {
    startsAt = localToUtc(`${values.date}T${values.time}`, zone);
    if (!startsAt) errors.date = 'That date does not exist. Check the day and the month.';
    else if (startsAt.getTime() <= now.getTime()) errors.date = 'That time has passed. Give a time in the future.';
    else if (startsAt.getTime() > now.getTime() + 366 * 86_400_000) errors.date = 'That is more than a year away.';
  }
  if (!data || !startsAt || !zone || !location?.ok || Object.keys(errors).length)
    return { ok: false, fieldErrors: errors, values };
  return {
    ok: true,
    input: {
      startsAt,
      timeZone: zone,
      minutes: data.minutes,
      format: data.format,
      location: location.value,
      message: data.invitationMessage,
    },
  };
}
