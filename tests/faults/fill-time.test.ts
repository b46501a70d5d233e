import { chromium, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hiddenFields, journalistFields, postForm, REQUEST_PATH } from './form-post';
import { freshDbFile, startServer, type RunningServer } from './server';

// Issue #13 item 10: every e2e, fault and bench server runs with the minimum fill time at 0, so a broken
// check could refuse every real person unnoticed. Here it is on, as in production, and a real browser
// (Chromium, JavaScript on, a person's pace) is accepted while a robot's pace is refused.
const PORT = 3647;
const MIN_FILL_MS = 2_000;
const TOO_FAST = 'That was sent faster than anyone can type';

const dbFile = freshDbFile('fill-time');
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ port: PORT, dbFile, env: { REQUEST_MIN_FILL_MS: String(MIN_FILL_MS) } });
  browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const stored = (email: string) => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('select count(*) n from interview_requests where email = ?').get(email) as { n: number }).n;
  } finally {
    db.close();
  }
};

/** Types into the form key by key at `delayMs` a key, as a person does (about 5 s in all at 60 ms); 0 is a robot. */
async function fillAndSend(page: Page, email: string, delayMs: number) {
  await page.goto(`${server.base}/cities/geneva`);
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Send interview request' }) });
  // A form typed into before React has taken it over posts without JavaScript's measure, and the page's render time
  // (the weaker check, lib/requests/abuse.ts) is old on a cached page: wait for React's own properties on the form.
  await form.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const check = () =>
          Object.keys(el).some((key) => key.startsWith('__react')) ? resolve() : setTimeout(check, 20);
        check();
      }),
  );
  // A robot sets each field at once; typed key by key even at no delay, a loaded machine took over the 2 s limit.
  const type = (label: string, text: string) =>
    delayMs === 0
      ? form.getByLabel(label).fill(text)
      : form.getByLabel(label).pressSequentially(text, { delay: delayMs });
  await type('Your name *', 'Real Person');
  await type('Outlet *', 'Example Wire');
  await type('E-mail *', email);
  const deadline = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('Date and time').fill(`${deadline}T15:30`);
  await form.getByLabel('Your time zone').selectOption('Europe/Zurich');
  await type('Topic *', 'Heatwave response');
  await form.getByLabel('Phone call').check();
  await form.getByRole('button', { name: 'Send interview request' }).click();
}

it('accepts a person who takes a few seconds, in a real browser with JavaScript', async () => {
  const page = await browser.newPage();
  const email = `person-${Date.now()}@newsroom.example.org`;
  await fillAndSend(page, email, 60);
  await page.getByText('Your request has reached the press office.').waitFor({ timeout: 15_000 });
  expect(stored(email)).toBe(1);
  await page.close();
});

it('refuses a robot that fills the same form at once, with the message, and stores nothing', async () => {
  const page = await browser.newPage();
  const email = `robot-${Date.now()}@newsroom.example.org`;
  await fillAndSend(page, email, 0);
  await page.getByText(TOO_FAST).waitFor({ timeout: 15_000 });
  // What was typed is kept, for the person who was only quick.
  expect(await page.getByLabel('Your name *').inputValue()).toBe('Real Person');
  expect(stored(email)).toBe(0);
  await page.close();
});

it('refuses a scripted post that claims a fill time below the minimum, and accepts the same at a person’s pace', async () => {
  const hidden = hiddenFields(await (await fetch(`${server.base}/cities/geneva`)).text()).filter(
    ([k]) => k !== 'fillMs',
  );
  const fast = `script-${Date.now()}@newsroom.example.org`;
  const refused = await postForm(server.base, REQUEST_PATH, [...hidden, ['fillMs', '150'], ...journalistFields(fast)]);
  expect(refused).toMatchObject({ status: 303, location: expect.stringMatching(/^\/interview-requests\/fix\//) });
  expect(stored(fast)).toBe(0);
  const slow = `script-slow-${Date.now()}@newsroom.example.org`;
  const accepted = await postForm(server.base, REQUEST_PATH, [
    ...hidden,
    ['fillMs', String(MIN_FILL_MS + 500)],
    ...journalistFields(slow),
  ]);
  expect(accepted).toMatchObject({ status: 303, location: expect.stringMatching(/^\/request-status\//) });
  expect(stored(slow)).toBe(1);
});

it('shows a fast sender the field to fix before the robot check: a pasted form with a bad address', async () => {
  // Pasted or autofilled forms are quick. The person must first learn that the address is wrong; the pace only
  // matters once every field would be stored.
  const hidden = hiddenFields(await (await fetch(`${server.base}/cities/geneva`)).text()).filter(
    ([k]) => k !== 'fillMs',
  );
  const res = await fetch(`${server.base}${REQUEST_PATH}`, {
    method: 'POST',
    headers: { accept: 'application/json' },
    body: new URLSearchParams([...hidden, ['fillMs', '150'], ...journalistFields('not-an-address')]),
  });
  const answer = (await res.json()) as { status: string; fieldErrors?: Record<string, string>; message?: string };
  expect(answer.status).toBe('invalid');
  expect(answer.fieldErrors?.email).toBeTruthy();
  expect(answer.message ?? '').not.toContain(TOO_FAST);
});
