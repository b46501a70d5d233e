import { afterAll, expect, it } from 'vitest';
import { hiddenFields, journalistFields, postForm, REQUEST_PATH } from './form-post';
import { halfWrittenRequests, requestCountsByEmail } from './invariants';
import { CACHE_IN_FRONT, freshDbFile, startServer, type RunningServer } from './server';

const PORT = 3612;
const REQUESTS = 300;
const KILL_AFTER_CONFIRMATIONS = 100;
const PAGE = '/contacts/ayuna-batoeva';
let server: RunningServer | null = null;
afterAll(() => server?.stop());

it('kill -9 during a burst of 300 no-JavaScript requests: every confirmed request survives, none twice, none half-written', async () => {
  const dbFile = freshDbFile('kill-during-burst');
  server = await startServer({ port: PORT, dbFile });
  const first = server;
  const hidden = hiddenFields(await (await fetch(`${first.base}${PAGE}`)).text()).filter(([k]) => k !== 'website');
  expect(hidden.map(([k]) => k)).toEqual(expect.arrayContaining(['target', 'targetId', 'renderedAt']));

  let confirmed = 0;
  const burst = Array.from({ length: REQUESTS }, async (_, i) => {
    const email = `burst-${i}@newsroom.example.org`;
    const result = await postForm(first.base, REQUEST_PATH, [
      ...hidden,
      ...journalistFields(email, { topic: `Burst ${i}` }),
    ]);
    if (result.status === 303 && ++confirmed === KILL_AFTER_CONFIRMATIONS) first.child.kill('SIGKILL');
    return { email, result };
  });
  const results = await Promise.all(burst);
  expect((await first.exited).signal).toBe('SIGKILL');

  const tokens = new Map<string, string>();
  const offline: string[] = [];
  for (const { email, result } of results) {
    if (result.status === 'network-error') continue;
    // With the cache in front, a post no process answered gets nginx's page instead of a broken connection
    // (deploy/nginx/pressline.conf): the desks as last known, and that nothing was stored.
    if (CACHE_IN_FRONT && result.status === 503 && /nothing was stored/i.test(result.body ?? '')) {
      offline.push(email);
      continue;
    }
    // Anything that answered before the kill answered with a confirmation: no refusals, no errors.
    expect(result.status, `${email}: ${result.status}`).toBe(303);
    const token = /^\/request-status\/([\w-]+)\?sent=1$/.exec(result.location ?? '')?.[1];
    expect(token, result.location ?? '').toBeTruthy();
    tokens.set(email, token!);
  }
  expect(tokens.size).toBeGreaterThanOrEqual(KILL_AFTER_CONFIRMATIONS);
  expect(tokens.size, 'the kill came part-way, not after everything').toBeLessThan(REQUESTS);
  if (CACHE_IN_FRONT) expect(offline.length, 'posts after the kill got the offline page').toBeGreaterThan(0);

  server = await startServer({ port: PORT, dbFile });
  const counts = requestCountsByEmail(dbFile);
  if (CACHE_IN_FRONT) {
    // nginx cannot know whether a process that died mid-answer had committed: the page's "nothing was stored" is
    // wrong for a post killed between its commit and its answer. Counted, not asserted (none twice, below).
    const stored = offline.filter((email) => counts.has(email)).length;
    console.log(`offline page: ${offline.length} posts, ${stored} of them stored before the kill`);
  }
  for (const [email, token] of tokens) {
    expect(counts.get(email), `${email} was confirmed`).toBe(1);
    const status = await fetch(`${server.base}/request-status/${token}`);
    expect(status.status, email).toBe(200);
    expect(await status.text()).toContain('Burst ');
  }
  expect(
    [...counts.values()].filter((n) => n > 1),
    'duplicated requests',
  ).toEqual([]);
  expect(halfWrittenRequests(dbFile)).toEqual([]);
});
