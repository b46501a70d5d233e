import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '@/lib/config';
import { calendarMethod } from '@/lib/requests/calendar';

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  /** Replies go here (the journalist, on staff notifications); From stays Pressline's */
  replyTo?: string | null;
  /** An iCalendar invitation or cancellation (lib/requests/calendar.ts) */
  calendar?: string | null;
};

/** `SMTP_URL`, e.g. smtp://user:pass@mail.example.org:587; without it mail waits in the outbox. */
export function smtpUrl(): string | null {
  return config().SMTP_URL ?? null;
}

export function mailFrom(): string {
  return config().MAIL_FROM ?? 'Pressline <pressline@localhost>';
}

export function createMailer(url: string): Transporter {
  return nodemailer.createTransport(url, { from: mailFrom() });
}

/** Resolves only once the SMTP server has accepted the message for every recipient. */
export async function sendMail(mailer: Transporter, message: MailMessage): Promise<string> {
  const info = await mailer.sendMail({
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    // nodemailer sends it twice, as calendar clients expect: a text/calendar; method=… alternative
    // (what Gmail, Outlook and Apple Mail turn into an invitation) and an .ics attachment.
    ...(message.calendar
      ? {
          icalEvent: {
            method: calendarMethod(message.calendar),
            filename: calendarMethod(message.calendar) === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
            content: message.calendar,
          },
        }
      : {}),
  });
  if (info.rejected?.length) throw new Error(`SMTP server refused ${info.rejected.join(', ')}`);
  return info.messageId;
}
