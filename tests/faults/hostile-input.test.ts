import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hiddenFields, journalistFields } from './form-post';
import { forgedId, hostileSegment, hostileText, invalidUtf8, rawMultipart, type Part } from './hostile-values';
import { queryAll } from './invariants';
import { freshDbFile, startServer, type RunningServer } from './server';
import { ruleViolations, type StoredRequest } from './stored-request-rules';

const PORT = 3612;
const PAGES = ['/contacts/ayuna-batoeva', '/cities/nairobi', '/releases/ifrc-president-rocca-meets-president-putin'];
const NEXT_FIELDS = ['$ACTION_REF_1', '$ACTION_1:0', '$ACTION_1:1', '$ACTION_KEY'];
const FIELDS = [
  ...NEXT_FIELDS, 'target', 'targetId', 'releaseId', 'renderedAt', 'fillMs', 'website', 'journalistName', 'outlet', 'email', 'phone',
  'deadlineAt', 'timeZone', 'topic', 'questions', 'format', 'language', 'onRecord', 'wishedInterviewee', 'unexpected<field>',
];
const dbFile = freshDbFile('hostile-input');
let server: RunningServer;
const hidden = new Map<string, Part[]>();
let actionId = '';
beforeAll(async () => {
  server = await startServer({ port: PORT, dbFile });
  for (const page of PAGES) hidden.set(page, hiddenFields(await (await fetch(`${server.base}${page}`)).text()).filter(([k]) => k !== 'website'));
  actionId = (JSON.parse(hidden.get(PAGES[0]!)!.find(([k]) => k === '$ACTION_1:0')![1] as string) as { id: string }).id;
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
  forgedActionHeader: fc.option(forgedId.map((s) => s.replace(/[^\x20-\x7e]/g, '')), { freq: 8 }),
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

async function post(s: Submission) {
  const parts = partsFor(s);
  const framed: Part[] = s.javaScript ? [...parts.map(([k, v]): Part => [`_1_${k}`, v]), ['0', '[{"status":"idle"},"$K1"]']] : parts;
  const { body, contentType } = rawMultipart(framed);
  const headers: Record<string, string> = { 'content-type': contentType };
  if (s.javaScript) Object.assign(headers, { 'next-action': s.forgedActionHeader ?? actionId, accept: 'text/x-component' });
  const res = await fetch(`${server.base}${s.page}`, { method: 'POST', body: new Uint8Array(body), headers, redirect: 'manual' });
  return { status: res.status, redirect: res.headers.get('x-action-redirect'), text: await res.text() };
}

it('1,200 malformed submissions to every request form, with and without JavaScript: no 5xx, every refusal explained', async () => {
  await fc.assert(
    fc.asyncProperty(submission, async (s) => {
      const res = await post(s);
      expect(res.status, JSON.stringify(s).slice(0, 500)).toBeLessThan(500);
      const frameworkIntact = !s.forgedActionHeader && !s.mutations.some((m) => NEXT_FIELDS.includes(m.field));
      if (!frameworkIntact || res.status !== 200) return;
      // The form answered: either it went through, or it says what is wrong.
      if (s.javaScript) expect(res.redirect ?? res.text).toMatch(/request-status|"status":"(invalid|refused)"/);
      else expect(res.text).toContain('role="alert"');
    }),
    { numRuns: Number(process.env.FUZZ_FORM_RUNS ?? 1_200), seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
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
    { numRuns: Number(process.env.FUZZ_PATH_RUNS ?? 1_000), seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
  );
});

it('the internal revalidation endpoint refuses forged tokens with a 404 and never runs', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 200 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')), async (token) => {
      for (const authorization of [token, `Bearer ${token}`]) {
        const res = await fetch(`${server.base}/api/internal/revalidate`, { method: 'POST', headers: { authorization } });
        expect(res.status).toBe(404);
      }
    }),
    { numRuns: 100 },
  );
});
