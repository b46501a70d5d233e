import { FORMAT_LABELS } from './interview-request';
import { languageName } from '../directory/languages';
import { formatInZone } from '../time/zoned-time';

export type RequestForMail = {
  reference: string;
  statusUrl: string;
  /** The request's staff page, behind sign-in */
  staffUrl: string;
  addressedTo: string;
  journalistName: string;
  outlet: string;
  email: string;
  phone: string | null;
  deadlineAt: Date;
  deadlineTimeZone: string;
  /** The spokesperson's or press office's zone, to show the deadline on their clock too */
  staffTimeZone: string;
  topic: string;
  questions: string;
  format: keyof typeof FORMAT_LABELS;
  language: string;
  onRecord: boolean;
  wishedInterviewee: string | null;
  releaseTitle: string | null;
};

function deadlineLines(r: RequestForMail): string[] {
  const lines = [
    `Deadline: ${formatInZone(r.deadlineAt, r.deadlineTimeZone)} (${r.deadlineTimeZone}, the journalist's time)`,
  ];
  if (r.staffTimeZone !== r.deadlineTimeZone)
    lines.push(`          ${formatInZone(r.deadlineAt, r.staffTimeZone)} (${r.staffTimeZone})`);
  return lines;
}

/** Replying from a mail client reaches the journalist; the message's From stays Pressline's. */
export function staffNotification(r: RequestForMail, to: string) {
  return {
    kind: 'request-staff',
    to,
    replyTo: r.email,
    subject: `[${r.reference}] Interview request: ${r.topic}`.slice(0, 200),
    text: [
      `New interview request for ${r.addressedTo}.`,
      '',
      `Reference: ${r.reference}`,
      `From: ${r.journalistName}, ${r.outlet}`,
      `E-mail: ${r.email}`,
      r.phone ? `Phone: ${r.phone}` : 'Phone: not given',
      ...deadlineLines(r),
      `Format: ${FORMAT_LABELS[r.format]}, in ${languageName(r.language)}, ${r.onRecord ? 'on the record' : 'background only'}`,
      r.wishedInterviewee ? `Would like to interview: ${r.wishedInterviewee}` : null,
      r.releaseTitle ? `About the release: ${r.releaseTitle}` : null,
      '',
      `Topic: ${r.topic}`,
      r.questions ? `\nQuestions:\n${r.questions}` : null,
      '',
      `Handle it here (sign in): ${r.staffUrl}`,
      `Replying to this e-mail writes to ${r.journalistName} at ${r.email}.`,
    ]
      .filter((l) => l !== null)
      .join('\n'),
  };
}

/** At most this many acknowledgements go to one address in 24 hours; the requests themselves are still stored. */
export const ACKNOWLEDGEMENTS_PER_ADDRESS_PER_DAY = 3;

/**
 * Goes to an address nobody confirmed, so it says only what Pressline itself knows: the reference,
 * who the request is for, the deadline and the status link. Nothing the requester typed (name,
 * outlet, topic, questions): otherwise anyone could mail anyone a text of their choice from us.
 */
export function journalistAcknowledgement(r: RequestForMail) {
  return {
    kind: 'request-ack',
    to: r.email,
    subject: `We received your interview request ${r.reference}`,
    text: [
      'Hello,',
      '',
      `An interview request for ${r.addressedTo} was sent from Pressline with this e-mail address.`,
      `Reference: ${r.reference}`,
      ...deadlineLines({ ...r, staffTimeZone: r.deadlineTimeZone }),
      '',
      `Follow its status here (keep this link private): ${r.statusUrl}`,
      '',
      'If your deadline is close, call the numbers on the page you wrote from.',
      'If you did not send this request, ignore this message: nothing else will be sent unless the press office answers.',
    ].join('\n'),
  };
}

export const STATUS_LABELS = {
  new: 'Received',
  acknowledged: 'Acknowledged by the press office',
  scheduled: 'Interview scheduled',
  done: 'Done',
  declined: 'Declined',
  cancelled: 'Cancelled by the journalist',
} as const;

/** To the same unconfirmed address: the press office's message, but still not the requester's own text. */
export function statusChangeNotice(
  r: { reference: string; statusUrl: string; email: string },
  status: keyof typeof STATUS_LABELS,
  message: string,
) {
  return {
    kind: 'request-status',
    to: r.email,
    subject: `${r.reference}: ${STATUS_LABELS[status]}`,
    text: [
      'Hello,',
      '',
      `Your interview request ${r.reference} is now: ${STATUS_LABELS[status]}.`,
      message ? `\n${message}\n` : '',
      `Details: ${r.statusUrl}`,
    ].join('\n'),
  };
}
