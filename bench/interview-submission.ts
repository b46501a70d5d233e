import Database from 'better-sqlite3';
import { hasServerAction, multipart, readForm, withValues } from './html-form';
import { measure, type Measurement } from './load';

const PAGE = '/contacts/ayuna-batoeva';

function countRequests(databaseFile: string): number {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select count(*) as n from interview_requests').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The count once it stops changing: requests whose client went away are still being stored. */
async function settledCount(databaseFile: string): Promise<number> {
  let last = countRequests(databaseFile);
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const now = countRequests(databaseFile);
    if (now === last) return now;
    last = now;
  }
}

/**
 * The interview request form as a browser without JavaScript posts it: the page's own
 * hidden Server Action fields, multipart, to the page's URL. Success is a 303 to the status page.
 */
export async function measureSubmission(baseUrl: string, databaseFile: string): Promise<Measurement & { accepted: number; stored: number }> {
  const html = await (await fetch(baseUrl + PAGE)).text();
  const form = readForm(html, hasServerAction);
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
  });
  const { body, contentType } = await multipart(fields);
  const url = new URL(form.action || PAGE, baseUrl + PAGE).toString();

  // One request by hand first: a wrong form would otherwise be measured as fast errors.
  const probe = await fetch(url, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': contentType }, redirect: 'manual' });
  const location = probe.headers.get('location') ?? '';
  if (probe.status !== 303 || !location.startsWith('/request-status/')) {
    throw new Error(`The form did not accept a valid request: HTTP ${probe.status} ${location}\n${(await probe.text()).slice(0, 500)}`);
  }

  let before = 0;
  const result = await measure({
    name: 'POST interview request (no-JS form)',
    url,
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'text/html' },
    body,
    expect: (status) => status === 303,
    exactCount: true,
    // The warm-up is cut by the clock, so requests in flight may still be stored: wait until they are.
    afterWarmUp: async () => {
      before = await settledCount(databaseFile);
    },
  });
  const stored = (await settledCount(databaseFile)) - before;
  return { ...result, accepted: result.statusCounts['303'] ?? 0, stored };
}
