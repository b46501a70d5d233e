import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  replyTo: string | null;
  /** Every text/calendar or .ics part, as text: an invitation comes as both */
  calendars: { contentType: string; content: string }[];
};

/** A real SMTP server on 127.0.0.1 that keeps what it receives, for the app's outbox to deliver to. */
export class Mailbox {
  readonly messages: ReceivedMail[] = [];
  private server: SMTPServer | null = null;

  constructor(private readonly port: number) {}

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              replyTo: mail.replyTo?.value[0]?.address ?? null,
              calendars: mail.attachments
                .filter((a) => /^(text\/calendar|application\/ics)$/.test(a.contentType))
                .map((a) => ({ contentType: a.contentType, content: a.content.toString('utf8') })),
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async stop() {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string) {
    return this.messages.filter((m) => m.to.includes(address));
  }

  mentioning(text: string) {
    return this.messages.filter((m) => m.text.includes(text) || m.subject.includes(text));
  }
}
