import fs from 'node:fs';
import net from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { Mailbox } from '../../e2e/mailbox';
import { hiddenFields, journalistFields, multipart, REQUEST_PATH, sendRequest } from './form-post';
import { requestCountsByEmail } from './invariants';
import { CACHE_IN_FRONT, freshDbFile, startServer, type RunningServer } from './server';

const PORT = 3617;
const SMTP_PORT = 3618;
const PAGE = '/contacts/marie-claudet';
const mailbox = new Mailbox(SMTP_PORT);
let server: RunningServer;
const dbFile = freshDbFile('server-process');
afterAll(async () => {
  await server?.stop();
  await mailbox.stop();
});

type LogLine = { msg: string; id?: string; method?: string; path?: string; status?: number; ms?: number };
const logLines = () =>
  server
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);

it('logs one JSON line per request, with its id, and no journalist data', async () => {
  await mailbox.start();
  server = await startServer({
    port: PORT,
    dbFile,
    env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, OUTBOX_POLL_MS: '200' },
  });
  const email = `private-${Date.now()}@newsroom.example.org`;
  const sent = await sendRequest(server.base, PAGE, email, {
    journalistName: 'Zoë Secret-Name',
    phone: '+41 79 708 43 67',
  });
  if (sent.status === 'network-error') throw new Error(sent.error);
  expect(sent.status).toBe(303);
  const token = /request-status\/([\w-]+)/.exec(sent.location!)![1]!;
  const status = await fetch(`${server.base}/request-status/${token}?sent=1`);
  const search = await fetch(`${server.base}/search?q=${encodeURIComponent(email)}`);
  expect(status.status).toBe(200);
  await expect.poll(() => mailbox.to(email).length, { timeout: 10_000 }).toBe(1);

  const lines = logLines().filter((l) => l.msg === 'request');
  const post = lines.find((l) => l.method === 'POST' && l.path === REQUEST_PATH);
  expect(post).toMatchObject({ status: 303 });
  expect(post!.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(typeof post!.ms).toBe('number');
  expect(lines.find((l) => l.id === status.headers.get('x-request-id'))).toMatchObject({
    method: 'GET',
    path: '/request-status/:token',
    status: 200,
  });
  expect(lines.find((l) => l.id === search.headers.get('x-request-id'))).toMatchObject({
    path: '/search',
    status: 200,
  });
  for (const secret of [email, 'Secret-Name', '708 43 67', '+41797084367', token])
    expect(server.output()).not.toContain(secret);
});

/** Sends a request's headers, waits until the server has taken it (100 Continue), and returns a way to finish it. */
async function startSlowPost(port: number, path: string, body: FormData) {
  const request = new Request(`http://127.0.0.1:${port}${path}`, { method: 'POST', body });
  const bytes = Buffer.from(await request.arrayBuffer());
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (d) => (received += d));
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${request.headers.get('content-type')}\r\n` +
      `Content-Length: ${bytes.length}\r\nExpect: 100-continue\r\n\r\n`,
  );
  await expect.poll(() => received, { timeout: 10_000 }).toContain('100 Continue');
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    finish: async () => {
      socket.write(bytes);
      await closed;
      return received.slice(received.indexOf('\r\n\r\n') + 4);
    },
  };
}

it('SIGTERM while a slow request is in flight: the request completes, new connections are refused, the process exits 0', async () => {
  const email = `slow-${Date.now()}@newsroom.example.org`;
  const hidden = hiddenFields(await (await fetch(`${server.base}${PAGE}`)).text()).filter(([k]) => k !== 'website');
  // To the process itself: nginx, when in front, would take the whole body before passing the request on.
  const appPort = Number(new URL(server.appBase).port);
  const slow = await startSlowPost(appPort, REQUEST_PATH, multipart([...hidden, ...journalistFields(email)]));

  server.child.kill('SIGTERM');
  await expect
    .poll(() => logLines().find((l) => l.msg === 'shutting down'), { timeout: 10_000 })
    .toMatchObject({ inFlight: 1 });
  await expect(fetch(`${server.appBase}/`)).rejects.toThrow();
  if (CACHE_IN_FRONT) {
    // Meanwhile nginx answers the page from its copy.
    const kept = await fetch(`${server.base}${PAGE}`);
    expect(kept.status).toBe(200);
    expect(kept.headers.get('x-cache')).toMatch(/^(HIT|STALE)$/);
  }

  const response = await slow.finish();
  expect(response).toMatch(/^HTTP\/1\.1 303 /);
  expect(response).toMatch(/connection: close/i);
  expect(response).toMatch(/location: \/request-status\/[\w-]+\?sent=1/i);
  expect(await server.exited).toEqual({ code: 0, signal: null });
  expect(logLines().some((l) => l.msg === 'stopped')).toBe(true);
  // The server closed its connection cleanly: SQLite checkpointed and removed the WAL (check before reading it here).
  expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
  expect(requestCountsByEmail(dbFile).get(email)).toBe(1);
});
