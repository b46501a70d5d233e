import { afterAll, expect, it } from 'vitest';
import { Mailbox } from '../../e2e/mailbox';
import { hiddenFields, journalistFields, postForm, REQUEST_PATH } from './form-post';
import { freshDbFile, startServer, type RunningServer } from './server';

// Ports no other fault test uses.
const PORT = 3648;
const SMTP_PORT = 3649;
const mailbox = new Mailbox(SMTP_PORT);
let server: RunningServer | null = null;
afterAll(async () => {
  await server?.stop();
  await mailbox.stop();
});

it("a new request's e-mail leaves at once, not at the outbox's next poll (the kick crosses from the route to the worker)", async () => {
  await mailbox.start();
  // The worker polls once at start and then once an hour: only the kick can send the request's e-mail sooner.
  server = await startServer({
    port: PORT,
    dbFile: freshDbFile('outbox-kick'),
    env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, OUTBOX_POLL_MS: String(60 * 60_000) },
  });
  const page = '/contacts/ayuna-batoeva';
  const hidden = hiddenFields(await (await fetch(`${server.base}${page}`)).text()).filter(([k]) => k !== 'website');
  const email = 'kicked@newsroom.example.org';
  const sent = performance.now();
  expect((await postForm(server.base, REQUEST_PATH, [...hidden, ...journalistFields(email)])).status).toBe(303);
  await expect.poll(() => mailbox.to(email).length, { timeout: 10_000, interval: 50 }).toBe(1);
  console.log(`the journalist's confirmation arrived ${Math.round(performance.now() - sent)} ms after the post`);
});
