import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { hasControl, multipart, readForm, withValues } from '../tests/support/html-form';
import { measure, type Measurement } from './load';

const PAGE = '/contacts/ayuna-batoeva';

export type SubmissionResult = Measurement & {
  /** answered 303 to a status page during the measured run */
  accepted: number;
  /** of those, how many are in the database (found by their status-link token) */
  found: number;
  /** rows added during the measured run: more than `accepted` when answers came after the client gave up */
  stored: number;
};

function withDb<T>(databaseFile: string, read: (db: Database.Database) => T): T {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const countRows = (databaseFile: string) =>
  withDb(databaseFile, (db) => (db.prepare('select count(*) as n from interview_requests').get() as { n: number }).n);

/** The database keeps only the SHA-256 of each status-link token (db/queries/interview-requests.ts). */
function countTokens(databaseFile: string, tokens: string[]): number {
  return withDb(databaseFile, (db) => {
    const find = db.prepare('select 1 from interview_requests where token_hash = ?');
    return tokens.filter((t) => find.get(createHash('sha256').update(t).digest('hex'))).length;
  });
}

/** The count once it stops changing: requests whose client went away may still be being stored. */
async function settledCount(databaseFile: string): Promise<number> {
  let last = countRows(databaseFile);
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const now = countRows(databaseFile);
    if (now === last) return now;
    last = now;
  }
}

/**
 * The interview request form as a browser without JavaScript posts it: the page's own fields,
 * multipart, to the form's action. Success is a 303 to the status page.
 */
export async function measureSubmission(
  baseUrl: string,
  databaseFile: string,
  cpuSeconds?: () => number,
): Promise<SubmissionResult> {
  const html = await (await fetch(baseUrl + PAGE)).text();
  const form = readForm(html, hasControl('journalistName'));
  const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const fields = withValues(form.fields, {
    journalistName: 'Load Test',
    outlet: 'Benchmark Wire (example)',
    email: 'load-test@newsroom.example.org',
    phone: '+41 79 708 43 67',
    deadlineAt: `${deadline}T15:30`,
    timeZone: 'Europe/Zurich',
    topic: 'Throughput of the interview request form',
    questions: 'How many requests per second does it keep?',
    language: 'en',
  });
  const { body, contentType } = await multipart(fields);
  const url = new URL(form.action || PAGE, baseUrl + PAGE).toString();

  // One request by hand first: a wrong form would otherwise be measured as fast errors.
  const probe = await fetch(url, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'content-type': contentType },
    redirect: 'manual',
  });
  const location = probe.headers.get('location') ?? '';
  if (probe.status !== 303 || !location.startsWith('/request-status/')) {
    throw new Error(
      `The form did not accept a valid request: HTTP ${probe.status} ${location}\n${(await probe.text()).slice(0, 500)}`,
    );
  }

  let before = 0;
  let tokens: string[] = [];
  const result = await measure({
    name: 'POST interview request (no-JS form)',
    url,
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'text/html' },
    body,
    expect: (status) => status === 303,
    exactCount: true,
    cpuSeconds,
    // Nothing before it posted: Next's action and route pipeline is still cold here (3 s of warm-up left the
    // first run ~25 % slower than a second).
    warmUpSeconds: 10,
    afterWarmUp: async () => {
      before = await settledCount(databaseFile);
      tokens = [];
    },
    onResponse: (status, headers) => {
      const token = /^\/request-status\/([\w-]+)/.exec(String(headers.location ?? ''))?.[1];
      if (status === 303 && token) tokens.push(token);
    },
  });
  const stored = (await settledCount(databaseFile)) - before;
  return { ...result, accepted: tokens.length, found: countTokens(databaseFile, tokens), stored };
}
