import { FORMAT_LABELS } from './fields';
import { describeAddressee, formatForReader, type AddressedTo } from './reader-text';
import { languageName } from '../directory/languages';
import type { Locale } from '../i18n/locales';
import { localeName, syncTranslatorFor } from '../i18n/sync-translator';
import { formatInZone } from '../time/zoned-time';

export type RequestForMail = {
  reference: string;
  statusUrl: string;
  /** The request's staff page, behind sign-in */
  staffUrl: string;
  addressedTo: AddressedTo;
  /** The language of the page the request was written from: the journalist's e-mails are in it */
  locale: Locale;
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
      `New interview request for ${describeAddressee(r.addressedTo, 'en')}.`,
      '',
      `Reference: ${r.reference}`,
      `From: ${r.journalistName}, ${r.outlet}`,
      `E-mail: ${r.email}`,
      r.phone ? `Phone: ${r.phone}` : 'Phone: not given',
      ...deadlineLines(r),
      `Format: ${FORMAT_LABELS[r.format]}, in ${languageName(r.language)}, ${r.onRecord ? 'on the record' : 'background only'}`,
      r.locale === 'en'
        ? null
        : `Written in ${localeName(r.locale)}: the journalist's e-mails and status page are too.`,
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
  const t = syncTranslatorFor(r.locale);
  const { reference } = r;
  return {
    kind: 'request-ack',
    to: r.email,
    subject: t('Mail.acknowledgement.subject', { reference }),
    text: [
      t('Mail.hello'),
      '',
      t('Mail.acknowledgement.sentFrom', { addressee: describeAddressee(r.addressedTo, r.locale) }),
      t('Mail.acknowledgement.reference', { reference }),
      t('Mail.acknowledgement.deadline', {
        when: formatForReader(r.deadlineAt, r.deadlineTimeZone, r.locale),
        zone: r.deadlineTimeZone,
      }),
      '',
      t('Mail.acknowledgement.follow', { url: r.statusUrl }),
      '',
      t('Mail.acknowledgement.callIfClose'),
      t('Mail.acknowledgement.ignore'),
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
  r: { reference: string; statusUrl: string; email: string; locale: Locale },
  status: keyof typeof STATUS_LABELS,
  message: string,
) {
  const t = syncTranslatorFor(r.locale);
  const label = t(`RequestStatus.status.${status}`);
  return {
    kind: 'request-status',
    to: r.email,
    subject: t('Mail.statusChange.subject', { reference: r.reference, status: label }),
    text: [
      t('Mail.hello'),
      '',
      t('Mail.statusChange.now', { reference: r.reference, status: label }),
      message ? `\n${message}\n` : '',
      t('Mail.statusChange.details', { url: r.statusUrl }),
    ].join('\n'),
  };
}
