import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer, sendMail } from '@/lib/mail/transport';
import { openDatabase } from '..';
import { deliverDue, enqueueMail, outboxBacklog } from './outbox';
import { outboxMessages } from '../schema';

const PORT = 2600 + Math.floor(Math.random() * 300);
let server: SMTPServer | null = null;
const received: string[] = [];

function startSmtp() {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      stream.resume();
      stream.on('end', () => {
        received.push(session.envelope.rcptTo.map((r) => r.address).join(','));
        cb();
      });
    },
  });
  return new Promise<void>((resolve) => server!.listen(PORT, '127.0.0.1', resolve));
}

afterEach(async () => {
  if (server) await new Promise<void>((r) => server!.close(() => r()));
  server = null;
});

describe('deliverDue over real SMTP', () => {
  it('keeps messages while the server is down and sends each exactly once when it is back', async () => {
    const db = openDatabase(':memory:');
    enqueueMail(db, [
      { kind: 'test', to: 'one@example.org', subject: 'One', text: 'first' },
      { kind: 'test', to: 'two@example.org', subject: 'Two', text: 'second' },
    ]);
    const mailer = createMailer(`smtp://127.0.0.1:${PORT}`);
    const send = (m: Parameters<typeof sendMail>[1]) => sendMail(mailer, m);
    // Just after the rows' default nextAttemptAt (the real clock), so both are due.
    let clock = new Date(Date.now() + 1_000);
    const now = () => clock;

    // Nobody listening: one failed attempt, nothing lost, nothing marked sent.
    expect(await deliverDue(db, send, { now })).toEqual({ sent: 0, due: 2 });
    const [first] = db.select().from(outboxMessages).all();
    expect(first).toMatchObject({ status: 'pending', attempts: 1 });
    expect(first!.lastError).toBeTruthy();
    expect(first!.nextAttemptAt.getTime()).toBeGreaterThan(clock.getTime());
    expect(outboxBacklog(db).pending).toBe(2);

    // Back up: the untried message goes at once; the failed one waits for its backoff.
    await startSmtp();
    expect(await deliverDue(db, send, { now })).toEqual({ sent: 1, due: 1 });
    expect(received).toEqual(['two@example.org']);
    clock = new Date(clock.getTime() + 60_000);
    expect(await deliverDue(db, send, { now })).toEqual({ sent: 1, due: 1 });
    expect(received.sort()).toEqual(['one@example.org', 'two@example.org']);
    expect(
      db
        .select()
        .from(outboxMessages)
        .all()
        .every((m) => m.status === 'sent' && m.sentAt),
    ).toBe(true);

    // Another round sends nothing again.
    expect(await deliverDue(db, send, { now })).toEqual({ sent: 0, due: 0 });
    expect(received).toHaveLength(2);
    mailer.close();
  });
});
