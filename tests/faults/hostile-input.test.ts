import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hiddenFields, journalistFields, REQUEST_PATH } from './form-post';
import { forgedId, hostileSegment, hostileText, invalidUtf8, rawMultipart, type Part } from './hostile-values';
import { queryAll } from './invariants';
import { freshDbFile, startServer, type RunningServer } from './server';
import { ruleViolations, type StoredRequest } from './stored-request-rules';
import { REQUEST_FIELDS } from '@/lib/requests/form-state';

const PORT = 3612;
const PAGES = ['/contacts/ayuna-batoeva', '/cities/nairobi', '/releases/ifrc-president-rocca-meets-president-putin'];
// Every field the form posts, the robot checks and the draft link, plus one the server never expects.
const FIELDS = [...REQUEST_FIELDS, 'renderedAt', 'fillMs', 'website', 'draft', 'unexpected<field>'];
const dbFile = freshDbFile('hostile-input');
let server: RunningServer;
const hidden = new Map<string, Part[]>();
beforeAll(async () => {
  server = await startServer({ port: PORT, dbFile });
  for (const page of PAGES)
    hidden.set(
      page,
      hiddenFields(await (await fetch(`${server.base}${page}`)).text()).filter(([k]) => k !== 'website'),
    );
});
afterAll(() => server?.stop());

const mutation = fc.record({
  field: fc.constantFrom(...FIELDS),
  op: fc.constantFrom('drop', 'duplicate', 'replace', 'replace', 'bytes', 'forge'),
  text: hostileText,
  id: forgedId,
  bytes: invalidUtf8,
});
const submission = fc.record({
  page: fc.constantFrom(...PAGES),
  javaScript: fc.boolean(),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
});
type Submission = typeof submission extends fc.Arbitrary<infer T> ? T : never;

let sent = 0;
function partsFor(s: Submission): Part[] {
  let parts: Part[] = [...hidden.get(s.page)!, ...journalistFields(`fuzz-${++sent}@newsroom.example.org`)];
  for (const m of s.mutations) {
    const value = m.op === 'bytes' ? m.bytes : m.op === 'forge' ? m.id : m.text;
    if (m.op === 'drop') parts = parts.filter(([k]) => k !== m.field);
    else if (m.op === 'duplicate') parts.push([m.field, value]);
    else parts = [...parts.filter(([k]) => k !== m.field), [m.field, value]];
  }
  return parts;
}

/** Posted as the form does: with JavaScript it asks for JSON, without it follows a redirect. */
async function post(s: Submission) {
  const { body, contentType } = rawMultipart(partsFor(s));
  const headers: Record<string, string> = { 'content-type': contentType };
  if (s.javaScript) headers.accept = 'application/json';
  const res = await fetch(`${server.base}${REQUEST_PATH}`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers,
    redirect: 'manual',
  });
  return {
    status: res.status,
    location: res.headers.get('location') ?? '',
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
  };
}

it('1,200 malformed submissions to every request form, with and without JavaScript: no 5xx, every refusal explained', async () => {
  await fc.assert(
    fc.asyncProperty(submission, async (s) => {
      const res = await post(s);
      const what = `${JSON.stringify(s).slice(0, 400)} → ${res.status} ${res.location} ${res.text.slice(0, 200)}`;
      expect(res.status, what).toBeLessThan(500);
      if (res.type.startsWith('text/plain')) {
        // Refused before the form could be read: said in words.
        expect([400, 413], what).toContain(res.status);
        expect(res.text, what).toMatch(/Nothing was stored/);
      } else if (s.javaScript) {
        const answer = JSON.parse(res.text) as {
          status: string;
          location?: string;
          message?: string;
          fieldErrors?: Record<string, string>;
        };
        if (answer.status === 'sent') expect(answer.location, what).toMatch(/^\/request-status\/[\w-]+\?sent=1$/);
        else if (answer.status === 'invalid')
          expect(Object.values(answer.fieldErrors ?? {}).length, what).toBeGreaterThan(0);
        else expect([answer.status, answer.message?.length], what).toEqual(['refused', expect.any(Number)]);
      } else {
        expect(res.status, what).toBe(303);
        if (res.location.startsWith('/request-status/')) return;
        // Refused: the form comes back on its own page, saying what is wrong.
        expect(res.location, what).toMatch(/^\/interview-requests\/fix\/[\w-]{32}$/);
        const fix = await fetch(`${server.base}${res.location}`);
        expect(fix.status, what).toBe(200);
        expect(await fix.text(), what).toContain('role="alert"');
      }
    }),
    {
      numRuns: Number(process.env.FUZZ_FORM_RUNS ?? 1_200),
      seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
    },
  );
  const stored = queryAll<StoredRequest>(dbFile, 'select * from interview_requests');
  expect(stored.length, 'some generated submissions are valid and must be stored').toBeGreaterThan(0);
  expect(stored.flatMap((r) => ruleViolations(r).map((p) => `${r.reference}: ${p}`))).toEqual([]);
});

const ROUTES: ((a: string, b: string) => string)[] = [
  (a) => `/?${a}=${a}`,
  (a) => `/${a}`,
  (a) => `/cities/${a}`,
  (a) => `/contacts/${a}`,
  (a) => `/contacts/${a}/vcard`,
  (a) => `/releases/${a}`,
  (a, b) => `/releases?city=${a}&page=${b}`,
  (a, b) => `/release-list/${a}/${b}`,
  (a) => `/request-status/${a}`,
  (a) => `/interview-requests/fix/${a}`,
  (a, b) => `/request-status/${a}?sent=${b}`,
  (a, b) => `/search?q=${a}&q=${b}`,
  (a, b) => `/api/health?${a}=${b}`,
  (a) => `/api/internal/revalidate?${a}`,
  (a) => `/_next/static/${a}`,
  (a) => `/sign-in?next=${a}`,
  (a, b) => `/forgot-password?${a}=${b}`,
  (a) => `/set-password?token=${a}`,
  (a) => `/staff/contacts/${a}`,
  (a) => `/requests/${a}`,
  (a, b) => `/me?${a}=${b}`,
];

it('1,000 hostile paths and query strings on every page and API route: no 5xx', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...ROUTES), hostileSegment, hostileSegment, async (route, a, b) => {
      const url = `${server.base}${route(a, b)}`;
      const res = await fetch(url, { redirect: 'manual' });
      await res.arrayBuffer();
      expect(res.status, url.slice(0, 300)).toBeLessThan(500);
    }),
    {
      numRuns: Number(process.env.FUZZ_PATH_RUNS ?? 1_000),
      seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
    },
  );
});

it('the internal revalidation endpoint refuses forged tokens with a 404 and never runs', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.string({ maxLength: 200 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
      async (token) => {
        for (const authorization of [token, `Bearer ${token}`]) {
          const res = await fetch(`${server.base}/api/internal/revalidate`, {
            method: 'POST',
            headers: { authorization },
          });
          expect(res.status).toBe(404);
        }
      },
    ),
    { numRuns: 100 },
  );
});
