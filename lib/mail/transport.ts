import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '@/lib/config';

export type MailMessage = { to: string; subject: string; text: string };

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
  const info = await mailer.sendMail({ to: message.to, subject: message.subject, text: message.text });
  if (info.rejected?.length) throw new Error(`SMTP server refused ${info.rejected.join(', ')}`);
  return info.messageId;
}
