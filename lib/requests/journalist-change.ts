import { z } from 'zod';
import { LIMITS } from './fields';
import { readDeadline } from './interview-request';
import type { RequestStatus } from './workflow';
import { normaliseLine, normaliseText } from '../text/normalise';
import { formatInZone } from '../time/zoned-time';

/**
 * What a journalist may still change from their status link: cancel the request, or correct its deadline
 * and questions. The link's token is the only authority, and only until the request is scheduled.
 */
export const CHANGEABLE: readonly RequestStatus[] = ['new', 'acknowledged'];
export const canJournalistChange = (status: RequestStatus) => CHANGEABLE.includes(status);

export const token = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, { error: 'This link is not valid.' });

export const cancelSchema = z.object({
  token,
  reason: z.string().overwrite(normaliseText).max(500, { error: 'Keep the reason under 500 characters.' }).default(''),
});

/** The deadline is read in the zone the journalist first gave it in, which the form names. */
export function correctionSchema(timeZone: string, now: Date) {
  return z.object({
    token,
    deadlineAt: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'Enter the deadline as a date and a time.' })
      .transform((value, ctx) => {
        const at = readDeadline(value, timeZone, now);
        if (typeof at === 'string') {
          ctx.addIssue({ code: 'custom', message: at });
          return z.NEVER;
        }
        return at;
      }),
    questions: z
      .string()
      .overwrite(normaliseText)
      .max(LIMITS.questions, { error: `Keep your questions under ${LIMITS.questions} characters.` })
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
export function formatWithZone(at: Date, timeZone: string): string {
  const abbreviation =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return `${formatInZone(at, timeZone)} ${abbreviation} (${timeZone.replace(/_/g, ' ')})`.replace('  ', ' ');
}

export type Change =
  | { kind: 'cancelled'; reason: string }
  | {
      kind: 'corrected';
      deadline: { from: Date; to: Date } | null;
      questions: { from: string; to: string } | null;
    };

/** The line in the request's history, which the journalist reads too. */
export function historyMessage(change: Change, timeZone: string): string {
  if (change.kind === 'cancelled')
    return change.reason ? `You cancelled this request: ${change.reason}` : 'You cancelled this request.';
  const lines: string[] = [];
  if (change.deadline)
    lines.push(
      `You moved the deadline from ${formatWithZone(change.deadline.from, timeZone)} to ${formatWithZone(change.deadline.to, timeZone)}.`,
    );
  if (change.questions) lines.push('You changed your questions.');
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
    text: [...body, '', `The request: ${r.requestUrl}`].join('\n'),
  };
}
