import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { E2E_DB, SMTP_PORT } from '../playwright.config';
import { Mailbox } from './mailbox';
import {
  expectConfirmation,
  fillRequest,
  futureDeadline,
  requestForm,
  submitRequest,
  uniqueEmail,
} from './request-form';

// Specs named *mail.spec.ts own the test SMTP server's port; the `mail` project runs them one file at a time.
test.describe.configure({ mode: 'serial' });
// A client address of this file's own: other specs' requests from 127.0.0.1 must not use up its rate limit.
test.use({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.10' } });

const mailbox = new Mailbox(SMTP_PORT);

/** Reads the app's own database file (read-only) to check what was and was not stored. */
function query<T>(sql: string, params: unknown[]): T {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}
const inList = (xs: unknown[]) => xs.map(() => '?').join(',');
const pendingFor = (refs: string[]) =>
  query<{ n: number }>(
    `select count(*) as n from outbox_messages m join interview_requests r on r.id = m.request_id where m.status = 'pending' and r.reference in (${inList(refs)})`,
    refs,
  ).n;
const storedRequestsFrom = (emails: string[]) =>
  query<{ n: number }>(`select count(*) as n from interview_requests where email in (${inList(emails)})`, emails).n;
test.beforeAll(() => mailbox.start());
test.afterAll(() => mailbox.stop());

async function request(page: Page, path: string, tag: string) {
  const email = uniqueEmail(tag);
  await page.goto(path);
  await fillRequest(page, {
    journalistName: `Reporter ${tag}`,
    outlet: 'Example Radio',
    email,
    deadline: futureDeadline(),
    topic: `Topic ${tag}`,
  });
  await submitRequest(page);
  return { email, ...(await expectConfirmation(page)) };
}

async function expectMail(predicate: () => number, count: number) {
  await expect.poll(predicate, { timeout: 15_000 }).toBe(count);
}

for (const [where, path, staffAddress] of [
  ['a contact page', '/contacts/ayuna-batoeva', 'moscow.media@example.org'],
  ['a city page', '/cities/nairobi', 'nairobi.media@example.org'],
  ['a contact page, to the contact e-mail', '/contacts/peter-otieno', 'peter.otieno@example.org'],
] as const) {
  test(`a request from ${where} reaches the press office and the journalist`, async ({ page }) => {
    const { email, reference, statusUrl } = await request(page, path, 'req');
    await expectMail(() => mailbox.mentioning(reference).length, 2);
    const [staff] = mailbox.to(staffAddress).filter((m) => m.subject.includes(reference));
    const [ack] = mailbox.to(email);
    expect(staff?.text).toContain(reference);
    // Staff land on the request's own page, and replying writes to the journalist.
    expect(staff?.text).toMatch(new RegExp(`${test.info().project.use.baseURL}/requests/\\d+`));
    expect(staff?.text).not.toContain(statusUrl);
    expect(staff?.replyTo).toBe(email);
    expect(staff?.text).toContain(email);
    expect(ack?.subject).toContain(reference);
    expect(ack?.text).toContain(statusUrl);
    await page.goto(statusUrl);
    await expect(page.getByTestId('request-status')).toHaveText('Received');
  });
}

test('a request from a release page goes to every listed city desk, once each', async ({ page }) => {
  await page.goto('/releases/ifrc-president-rocca-meets-president-putin');
  await expect(requestForm(page).getByText('About the release: IFRC President Francesco Rocca meets')).toBeVisible();
  const email = uniqueEmail('release');
  await fillRequest(page, {
    journalistName: 'Release Reporter',
    outlet: 'Example TV',
    email,
    deadline: futureDeadline(),
    topic: 'The meeting',
  });
  await requestForm(page)
    .getByLabel(/Who would you like to interview/)
    .fill('Francesco Rocca');
  await submitRequest(page);
  const { reference } = await expectConfirmation(page);
  await expectMail(() => mailbox.mentioning(reference).length, 3);
  const staff = mailbox.mentioning(reference).filter((m) => !m.to.includes(email));
  expect(staff.flatMap((m) => m.to).sort()).toEqual(['geneva.media@example.org', 'moscow.media@example.org']);
  expect(staff[0]?.text).toContain('Would like to interview: Francesco Rocca');
  expect(staff[0]?.text).toContain('About the release: IFRC President Francesco Rocca meets');
});

test('with the SMTP server down, requests are still accepted, and every message arrives once it is back', async ({
  page,
}) => {
  // Five submissions in a row, then retries with backoff: more than a minute on a loaded machine.
  test.slow();
  await mailbox.stop();
  const sent: { email: string; reference: string }[] = [];
  try {
    for (let i = 0; i < 5; i++) sent.push(await request(page, '/contacts/marie-claudet', `down${i}`));
  } finally {
    await mailbox.start();
  }
  const ours = () => sent.flatMap((s) => mailbox.mentioning(s.reference));
  await expectMail(() => ours().length, 10);
  for (const s of sent) {
    expect(mailbox.to(s.email), s.reference).toHaveLength(1);
    expect(
      mailbox.to('geneva.media@example.org').filter((m) => m.subject.includes(s.reference)),
      s.reference,
    ).toHaveLength(1);
  }
  // Once the outbox marks them all sent nothing more can go out: still exactly ten.
  await expect.poll(() => pendingFor(sent.map((s) => s.reference)), { timeout: 15_000 }).toBe(0);
  expect(ours()).toHaveLength(10);
});

test.describe('rate limit', () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.77' } });

  test('20 rapid submissions from one client: the first 10 go through, the rest are refused politely and not stored', async ({
    page,
  }) => {
    await page.goto('/contacts/amara-okafor');
    const emails = Array.from({ length: 20 }, (_, i) => uniqueEmail(`burst${i}`));
    await fillRequest(page, {
      journalistName: 'Burst',
      outlet: 'Example',
      email: emails[0]!,
      deadline: futureDeadline(),
      topic: 'Burst',
    });
    // Post the no-JavaScript form 20 times, as a browser would.
    const fields = await requestForm(page).evaluate((form: HTMLFormElement) =>
      [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]),
    );
    const statuses: string[] = [];
    for (const email of emails) {
      const multipart = Object.fromEntries(fields.map(([k, v]) => [k, k === 'email' ? email : v]));
      const action = await requestForm(page).getAttribute('action');
      const response = await page.request.post(action!, { multipart, maxRedirects: 0 });
      const location = response.headers().location ?? '';
      // Refused, the browser is sent to a page that shows the form again.
      const body = location.startsWith('/interview-requests/fix/')
        ? await (await page.request.get(location)).text()
        : '';
      statuses.push(
        response.status() === 303 && location.startsWith('/request-status/')
          ? 'accepted'
          : /ten minutes, which is our limit/.test(body)
            ? 'refused'
            : `other ${response.status()} ${location}`,
      );
      if (statuses.at(-1) === 'refused') expect(body).toContain('Burst'); // the text comes back
    }
    expect(statuses).toEqual([...Array(10).fill('accepted'), ...Array(10).fill('refused')]);
    // Only the accepted ones were stored and acknowledged.
    await expectMail(() => emails.filter((e) => mailbox.to(e).length > 0).length, 10);
    expect(emails.slice(10).every((e) => mailbox.to(e).length === 0)).toBe(true);
    expect(storedRequestsFrom(emails.slice(10))).toBe(0);
    expect(storedRequestsFrom(emails.slice(0, 10))).toBe(10);
  });
});
