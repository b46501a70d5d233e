import { z } from 'zod';
import { canonicalLanguageTag } from '../directory/languages';
import { parsePhone } from '../directory/phone';
import { LIMITS } from './fields';
import { normaliseLine, normaliseText } from '../text/normalise';
import { canonicalTimeZone } from '../text/time-zone';
import { localToUtc } from '../time/zoned-time';

// Re-exported: the form (a client component) imports them from the zod-free module.
export { FORMAT_LABELS, LIMITS } from './fields';

// `overwrite` cleans the value in place (lib/text/normalise.ts), so the checks that follow see what is
// stored: a name of zero-width spaces is empty (one schema per field, cheaper than a transform piped into
// a second schema).
const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .overwrite(normaliseLine)
    .min(1, { error: `Enter ${label}.` })
    .max(max, { error: `Keep ${label} under ${max} characters.` });

const optionalText = (label: string, max: number, normalise = normaliseLine) =>
  z
    .string()
    .overwrite(normalise)
    .max(max, { error: `Keep ${label} under ${max} characters.` })
    .default('');

const id = z.coerce.number({ error: 'Unknown reference.' }).int().positive({ error: 'Unknown reference.' });

const DEADLINE_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A deadline further ahead than this is a typo (year 9999) or not a press request. */
export function latestDeadline(now: Date): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  return latest;
}

/** The submission being parsed: its valid time zone (or null) and the clock. Set only during a synchronous parse. */
let parsing: { zone: string | null; now: Date } = { zone: null, now: new Date(0) };

/**
 * What the journalist types. The deadline is checked field by field (not after the
 * whole object) so that a bad e-mail and a past deadline are reported together;
 * it needs the submitted time zone. `now` pins the clock in tests. The schema itself is
 * built once: zod compiles an object schema on first use, which costs more than the parse.
 */
export function interviewRequestSchema({ timeZone, now = new Date() }: { timeZone: unknown; now?: Date }) {
  const context = { zone: canonicalTimeZone(timeZone), now };
  return {
    safeParse(data: unknown) {
      const outer = parsing;
      parsing = context;
      try {
        return requestSchema.safeParse(data);
      } finally {
        parsing = outer;
      }
    },
  };
}

const requestSchema = z.object({
  target: z.enum(['contact', 'city', 'release'], { error: 'This form lost track of whom it is for. Reload the page.' }),
  targetId: id,
  releaseId: z
    .union([z.literal('').transform(() => null), id])
    .optional()
    .transform((v) => v ?? null),
  journalistName: text('your name', LIMITS.journalistName),
  outlet: text('your outlet', LIMITS.outlet),
  email: z
    .string({ error: 'Enter your e-mail address.' })
    .overwrite(normaliseLine)
    .max(LIMITS.email, { error: 'That e-mail address is too long.' })
    .pipe(z.email({ error: 'Enter an e-mail address like name@example.org.' })),
  phone: optionalText('your phone number', LIMITS.phone).transform((value, ctx) => {
    if (!value) return null;
    const parsed = parsePhone(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `${parsed.error} Include + and the country code.` });
      return z.NEVER;
    }
    return parsed.phone.e164;
  }),
  deadlineAt: z
    .string({ error: 'Enter your deadline.' })
    .trim()
    .min(1, { error: 'Enter your deadline: a date and a time.' })
    .transform((value, ctx) => {
      if (!DEADLINE_FORMAT.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'Enter the deadline as a date and a time, e.g. 2026-12-01 15:30.' });
        return z.NEVER;
      }
      const { zone, now } = parsing;
      if (!zone) return new Date(NaN); // the time zone field carries the error
      const at = readDeadline(value, zone, now);
      if (typeof at === 'string') {
        ctx.addIssue({ code: 'custom', message: at });
        return z.NEVER;
      }
      return at;
    }),
  // Stored under its canonical IANA name (`europe/zurich` → Europe/Zurich, Europe/Kiev → Europe/Kyiv).
  timeZone: z
    .string({ error: 'Choose your time zone.' })
    .refine(() => parsing.zone !== null, { error: 'Choose your time zone from the list.' })
    .transform(() => parsing.zone!),
  topic: text('the topic', LIMITS.topic),
  questions: optionalText('your questions', LIMITS.questions, normaliseText),
  format: z.enum(['phone', 'video', 'in-person', 'written'], { error: 'Choose how you want the interview.' }),
  language: z.string({ error: 'Choose a language.' }).transform((v, ctx) => {
    const tag = canonicalLanguageTag(v);
    if (!tag) {
      ctx.addIssue({ code: 'custom', message: 'Choose a language.' });
      return z.NEVER;
    }
    return tag;
  }),
  onRecord: z
    .enum(['on-record', 'background'], { error: 'Say whether it is on the record or background.' })
    .transform((v) => v === 'on-record'),
  wishedInterviewee: optionalText('the name', LIMITS.wishedInterviewee).transform((v) => v || null),
});

export type InterviewRequestInput = z.output<typeof requestSchema>;

/** PL-2026-000123: short enough to read over the phone, unique because it carries the row id. */
export function formatReference(id: number, at: Date): string {
  return `PL-${at.getUTCFullYear()}-${String(id).padStart(6, '0')}`;
}

/**
 * A deadline typed as `YYYY-MM-DDTHH:MM` on the wall clock of `zone`: the instant, or why it cannot be one (a day
 * that does not exist, the past, more than a year ahead). The request form and the journalist's correction share it.
 */
export function readDeadline(value: string, zone: string, now: Date): Date | string {
  const at = localToUtc(value, zone);
  if (!at) return 'That date does not exist. Check the day and the month.';
  if (at.getTime() <= now.getTime()) return 'That deadline has already passed. Give a time in the future.';
  if (at.getTime() > latestDeadline(now).getTime()) return 'That deadline is more than a year away. Check the year.';
  return at;
}
