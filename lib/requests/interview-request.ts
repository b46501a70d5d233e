import { z } from 'zod';
import { canonicalLanguageTag } from '../directory/languages';
import { LOCALES, type Locale } from '../i18n/locales';
import { syncTranslatorFor, type SyncTranslator } from '../i18n/sync-translator';
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
// Every message is a function: it is worded when the parse fails, in the language of the page the request is
// written from (`parsing.t`, set by interviewRequestSchema). {max} goes in as text: ICU would write 4,000.
type TooLong = 'journalistName' | 'outlet' | 'topic' | 'questions' | 'phone' | 'wishedInterviewee';
const say = (key: Parameters<SyncTranslator>[0], values?: Record<string, string | number>) => () =>
  parsing.t(key, values as never);

const text = (field: 'journalistName' | 'outlet' | 'topic', max: number) =>
  z
    .string({ error: say(`RequestErrors.required.${field}`) })
    .overwrite(normaliseLine)
    .min(1, { error: say(`RequestErrors.required.${field}`) })
    .max(max, { error: say(`RequestErrors.tooLong.${field}`, { max: String(max) }) });

const optionalText = (field: TooLong, max: number, normalise = normaliseLine) =>
  z
    .string()
    .overwrite(normalise)
    .max(max, { error: say(`RequestErrors.tooLong.${field}`, { max: String(max) }) })
    .default('');

const id = z.coerce
  .number({ error: say('RequestErrors.unknownReference') })
  .int()
  .positive({ error: say('RequestErrors.unknownReference') });

const DEADLINE_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A deadline further ahead than this is a typo (year 9999) or not a press request. */
export function latestDeadline(now: Date): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  return latest;
}

/**
 * The submission being parsed: its valid time zone (or null), the clock and the translator for the page's
 * language. Set only during a synchronous parse.
 */
let parsing: { zone: string | null; now: Date; t: SyncTranslator } = {
  zone: null,
  now: new Date(0),
  t: syncTranslatorFor('en'),
};

/**
 * What the journalist types. The deadline is checked field by field (not after the
 * whole object) so that a bad e-mail and a past deadline are reported together;
 * it needs the submitted time zone. `now` pins the clock in tests. The schema itself is
 * built once: zod compiles an object schema on first use, which costs more than the parse.
 */
export function interviewRequestSchema({
  timeZone,
  now = new Date(),
  locale = 'en',
}: {
  timeZone: unknown;
  now?: Date;
  /** The language of the page the form is on: the messages about fields to fix are in it */
  locale?: Locale;
}) {
  const context = { zone: canonicalTimeZone(timeZone), now, t: syncTranslatorFor(locale) };
  return {
    safeParse(data: unknown) {
      const outer = parsing;
      parsing = context;
      try {
        const result = requestSchema.safeParse(data);
        // zod words the messages on the first read of `error`: read it while `parsing` names the language.
        if (!result.success) void result.error;
        return result;
      } finally {
        parsing = outer;
      }
    },
  };
}

const requestSchema = z.object({
  target: z.enum(['contact', 'city', 'release'], { error: say('RequestErrors.lostTarget') }),
  targetId: id,
  releaseId: z
    .union([z.literal('').transform(() => null), id])
    .optional()
    .transform((v) => v ?? null),
  journalistName: text('journalistName', LIMITS.journalistName),
  outlet: text('outlet', LIMITS.outlet),
  email: z
    .string({ error: say('RequestErrors.emailRequired') })
    .overwrite(normaliseLine)
    .max(LIMITS.email, { error: say('RequestErrors.emailTooLong') })
    .pipe(z.email({ error: say('RequestErrors.emailInvalid') })),
  phone: optionalText('phone', LIMITS.phone).transform((value, ctx) => {
    if (!value) return null;
    const parsed = parsePhone(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsing.t('RequestErrors.phoneInvalid', { problem: parsed.error }) });
      return z.NEVER;
    }
    return parsed.phone.e164;
  }),
  deadlineAt: z
    .string({ error: say('RequestErrors.deadlineRequired') })
    .trim()
    .min(1, { error: say('RequestErrors.deadlineEmpty') })
    .transform((value, ctx) => {
      if (!DEADLINE_FORMAT.test(value)) {
        ctx.addIssue({ code: 'custom', message: parsing.t('RequestErrors.deadlineFormat') });
        return z.NEVER;
      }
      const { zone, now, t } = parsing;
      if (!zone) return new Date(NaN); // the time zone field carries the error
      const at = readDeadline(value, zone, now, t);
      if (typeof at === 'string') {
        ctx.addIssue({ code: 'custom', message: at });
        return z.NEVER;
      }
      return at;
    }),
  // Stored under its canonical IANA name (`europe/zurich` → Europe/Zurich, Europe/Kiev → Europe/Kyiv).
  timeZone: z
    .string({ error: say('RequestErrors.timeZoneRequired') })
    .refine(() => parsing.zone !== null, { error: say('RequestErrors.timeZoneFromList') })
    .transform(() => parsing.zone!),
  topic: text('topic', LIMITS.topic),
  questions: optionalText('questions', LIMITS.questions, normaliseText),
  format: z.enum(['phone', 'video', 'in-person', 'written'], { error: say('RequestErrors.formatRequired') }),
  language: z.string({ error: say('RequestErrors.languageRequired') }).transform((v, ctx) => {
    const tag = canonicalLanguageTag(v);
    if (!tag) {
      ctx.addIssue({ code: 'custom', message: parsing.t('RequestErrors.languageRequired') });
      return z.NEVER;
    }
    return tag;
  }),
  onRecord: z
    .enum(['on-record', 'background'], { error: say('RequestErrors.onRecordRequired') })
    .transform((v) => v === 'on-record'),
  wishedInterviewee: optionalText('wishedInterviewee', LIMITS.wishedInterviewee).transform((v) => v || null),
  /** The language of the page it was written from; the journalist's e-mails and status page are in it */
  locale: z.enum(LOCALES, { error: say('RequestErrors.lostTarget') }).default('en'),
});

/** A parsed request; one made without a locale (tests, older callers) was written in English. */
export type InterviewRequestInput = Omit<z.output<typeof requestSchema>, 'locale'> & { locale?: Locale };

/** PL-2026-000123: short enough to read over the phone, unique because it carries the row id. */
export function formatReference(id: number, at: Date): string {
  return `PL-${at.getUTCFullYear()}-${String(id).padStart(6, '0')}`;
}

/**
 * A deadline typed as `YYYY-MM-DDTHH:MM` on the wall clock of `zone`: the instant, or why it cannot be one (a day
 * that does not exist, the past, more than a year ahead). The request form and the journalist's correction share it.
 */
export function readDeadline(value: string, zone: string, now: Date, t = syncTranslatorFor('en')): Date | string {
  const at = localToUtc(value, zone);
  if (!at) return t('RequestErrors.deadlineNoSuchDate');
  if (at.getTime() <= now.getTime()) return t('RequestErrors.deadlinePast');
  if (at.getTime() > latestDeadline(now).getTime()) return t('RequestErrors.deadlineTooFar');
  return at;
}
