import { afterAll, expect, it } from 'vitest';
import { Mailbox } from '../../e2e/mailbox';
import { hiddenFields, journalistFields, postForm, REQUEST_PATH } from './form-post';
import { queryAll } from './invariants';
import { freshDbFile, startServer, type RunningServer } from './server';

const PORT = 3613;
const SMTP_PORT = 3614;
const REQUESTS = 60;
const PAGE = '/contacts/ayuna-batoeva';
const STAFF = 'moscow.media@example.org';
const mailbox = new Mailbox(SMTP_PORT);
let server: RunningServer | null = null;
afterAll(async () => {
  await server?.stop();
  await mailbox.stop();
});

async function health(base: string) {
  const res = await fetch(`${base}/api/health`);
  return {
    status: res.status,
    cache: res.headers.get('cache-control'),
    body: (await res.json()) as { outbox: { pending: number; stale: boolean } },
  };
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('SMTP down for a whole burst, then up: every message is delivered exactly once and the outbox drains', async () => {
  const dbFile = freshDbFile('smtp-outage');
  server = await startServer({
    port: PORT,
    dbFile,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      OUTBOX_POLL_MS: '200',
      OUTBOX_MAX_BACKOFF_MS: '1000',
      OUTBOX_ALERT_AFTER_MS: '1000',
    },
  });
  const base = server.base;
  // Mail queued at start (freshness reminders to demo officers who have not confirmed in 90 days) is not part of the
  // burst.
  const before = (await health(base)).body.outbox.pending;
  const hidden = hiddenFields(await (await fetch(`${base}${PAGE}`)).text()).filter(([k]) => k !== 'website');
  const emails = Array.from({ length: REQUESTS }, (_, i) => `outage-${i}@newsroom.example.org`);
  const results = await Promise.all(
    emails.map((email) => postForm(base, REQUEST_PATH, [...hidden, ...journalistFields(email)])),
  );
  expect(results.map((r) => r.status)).toEqual(emails.map(() => 303));

  // Nothing can go out yet; after the alert age the health check says so.
  await until(async () => (await health(base)).status === 503, 'the health check to report the stuck outbox');
  const down = await health(base);
  expect(down.body.outbox).toMatchObject({ pending: before + REQUESTS * 2, stale: true });
  expect(down.cache).toContain('no-store');
  expect(mailbox.messages).toHaveLength(0);

  await mailbox.start();
  await until(
    () =>
      queryAll<{ n: number }>(dbFile, "select count(*) as n from outbox_messages where status = 'pending'")[0]!.n === 0,
    'the outbox to drain',
  );
  // A few more worker rounds: nothing may be sent again.
  await new Promise((r) => setTimeout(r, 1_000));

  const refs = queryAll<{ email: string; reference: string }>(
    dbFile,
    'select email, reference from interview_requests',
  );
  expect(refs).toHaveLength(REQUESTS);
  for (const { email, reference } of refs) {
    expect(mailbox.to(email), email).toHaveLength(1);
    expect(
      mailbox.to(STAFF).filter((m) => m.subject.includes(reference)),
      reference,
    ).toHaveLength(1);
  }
  expect(mailbox.messages).toHaveLength(before + REQUESTS * 2);
  const after = await health(base);
  expect(after.status).toBe(200);
  expect(after.body.outbox).toMatchObject({ pending: 0, stale: false });
});
