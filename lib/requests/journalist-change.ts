import { z } from 'zod';
import { LIMITS } from './fields';
import { readDeadline } from './interview-request';
import type { RequestStatus } from './workflow';
import { normaliseLine, normaliseText } from '../text/normalise';
import { formatInZone } from '../time/zoned-time';
import type { Locale } from '../i18n/locales';
import { localeName, syncTranslatorFor } from '../i18n/sync-translator';
import { formatForReader } from './reader-text';

/**
 * What a journalist may still change from their status link: cancel the request, or correct its deadline
 * and questions. The link's token is the only authority, and only until the request is scheduled.
 */
export const CHANGEABLE: readonly RequestStatus[] = ['new', 'acknowledged'];
export const canJournalistChange = (status: RequestStatus) => CHANGEABLE.includes(status);

const tokenIn = (locale: Locale) =>
  z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, { error: syncTranslatorFor(locale)('RequestErrors.linkInvalid') });
export const token = tokenIn('en');

/** The messages are in the request's language (its status page's); each schema is built once per language. */
const cancelSchemas = new Map<Locale, ReturnType<typeof makeCancelSchema>>();
function makeCancelSchema(locale: Locale) {
  const t = syncTranslatorFor(locale);
  return z.object({
    token: tokenIn(locale),
    reason: z
      .string()
      .overwrite(normaliseText)
      .max(500, { error: t('RequestErrors.tooLong.reason', { max: '500' }) })
      .default(''),
  });
}
export function cancelSchemaIn(locale: Locale) {
  let schema = cancelSchemas.get(locale);
  if (!schema) cancelSchemas.set(locale, (schema = makeCancelSchema(locale)));
  return schema;
}
export const cancelSchema = cancelSchemaIn('en');

/** The deadline is read in the zone the journalist first gave it in, which the form names. */
export function correctionSchema(timeZone: string, now: Date, locale: Locale = 'en') {
  const t = syncTranslatorFor(locale);
  return z.object({
    token: tokenIn(locale),
    deadlineAt: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: t('RequestErrors.deadlineDateTime') })
      .transform((value, ctx) => {
        const at = readDeadline(value, timeZone, now, t);
        if (typeof at === 'string') {
          ctx.addIssue({ code: 'custom', message: at });
          return z.NEVER;
        }
        return at;
      }),
    questions: z
      .string()
      .overwrite(normaliseText)
      .max(LIMITS.questions, { error: t('RequestErrors.tooLong.questions', { max: String(LIMITS.questions) }) })
      .default(''),
  });
}

/** "2026-12-01T15:30" as a datetime-local field shows a stored instant in `timeZone`. */
export function toLocalInput(at: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** "Tue, 1 Dec 2026, 15:30 GMT+3 (Europe/Moscow)": a time with the zone it is read in. */
export function formatWithZone(at: Date, timeZone: string, locale: Locale = 'en'): string {
  const abbreviation =
    new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const when = locale === 'en' ? formatInZone(at, timeZone) : formatForReader(at, timeZone, locale);
  return `${when} ${abbreviation} (${timeZone.replace(/_/g, ' ')})`.replace('  ', ' ');
}

export type Change =
  | { kind: 'cancelled'; reason: string }
  | {
      kind: 'corrected';
      deadline: { from: Date; to: Date } | null;
      questions: { from: string; to: string } | null;
    };

/** The line in the request's history, which the journalist reads too: in the request's language. */
export function historyMessage(change: Change, timeZone: string, locale: Locale = 'en'): string {
  const t = syncTranslatorFor(locale);
  if (change.kind === 'cancelled')
    return change.reason
      ? t('RequestStatus.history.cancelledWithReason', { reason: change.reason })
      : t('RequestStatus.history.cancelled');
  const lines: string[] = [];
  if (change.deadline)
    lines.push(
      t('RequestStatus.history.deadlineMoved', {
        from: formatWithZone(change.deadline.from, timeZone, locale),
        to: formatWithZone(change.deadline.to, timeZone, locale),
      }),
    );
  if (change.questions) lines.push(t('RequestStatus.history.questionsChanged'));
  return lines.join('\n');
}

type ForStaff = {
  reference: string;
  requestUrl: string;
  journalistName: string;
  outlet: string;
  topic: string;
  deadlineTimeZone: string;
  staffTimeZone: string;
  /** The request's language, named for staff when it is not English */
  locale?: Locale;
};

/** To the press office that was told of the request: what the journalist changed, and where to see it. */
export function journalistChangeNotice(r: ForStaff, change: Change, to: string) {
  const who = normaliseLine(`${r.journalistName}, ${r.outlet}`);
  const deadline = (at: Date) =>
    r.staffTimeZone === r.deadlineTimeZone
      ? formatWithZone(at, r.deadlineTimeZone)
      : `${formatWithZone(at, r.staffTimeZone)}; ${formatWithZone(at, r.deadlineTimeZone)}, the journalist's time`;
  const body =
    change.kind === 'cancelled'
      ? [
          `${who} cancelled interview request ${r.reference} ("${r.topic}").`,
          change.reason ? `Their reason: ${change.reason}` : 'They gave no reason.',
          'Nothing more is needed; the request is closed.',
        ]
      : [
          `${who} corrected interview request ${r.reference} ("${r.topic}").`,
          ...(change.deadline
            ? [`New deadline: ${deadline(change.deadline.to)}`, `(was ${deadline(change.deadline.from)})`]
            : []),
          ...(change.questions ? ['', 'New questions:', change.questions.to || '(none)'] : []),
        ];
  return {
    kind: 'request-journalist-change',
    to,
    subject:
      `[${r.reference}] ${change.kind === 'cancelled' ? 'Cancelled by the journalist' : 'Corrected by the journalist'}: ${r.topic}`.slice(
        0,
        200,
      ),
    text: [
      ...body,
      ...(r.locale && r.locale !== 'en' ? ['', `Written in ${localeName(r.locale)}.`] : []),
      '',
      `The request: ${r.requestUrl}`,
    ].join('\n'),
  };
}
