import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { SMTP_PORT } from '../playwright.config';
import { expectNoAxeViolations } from './a11y';
import { expect, test } from './fixtures';
import { Mailbox, type ReceivedMail } from './mailbox';
import { expectConfirmation, fillRequest, futureDeadline, submitRequest, uniqueEmail } from './request-form';

// *mail.spec.ts files own the test SMTP port; the `mail` project runs them one at a time.
test.describe.configure({ mode: 'serial' });
const mailbox = new Mailbox(SMTP_PORT);
test.beforeAll(() => mailbox.start());
test.afterAll(() => mailbox.stop());

/** Tomorrow's date on Moscow's wall clock, and the instant of 10:00 there (UTC+3 all year). */
function tomorrowTenInMoscow() {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(Date.now() + 86_400_000);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { date, instant: new Date(Date.UTC(y, m - 1, d, 7, 0)).toISOString() };
}

/** The invitation in a message, read by ical.js and by node-ical, which must agree. */
function invitation(mail: ReceivedMail) {
  const part = mail.calendars.find((c) => c.contentType === 'text/calendar') ?? mail.calendars[0];
  expect(part, `a calendar part in "${mail.subject}"`).toBeTruthy();
  const calendar = ICAL.Component.fromString(part!.content);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const other = Object.values(nodeIcal.sync.parseICS(part!.content)).find((c): c is VEvent => c?.type === 'VEVENT')!;
  const start = new ICAL.Event(vevent).startDate.toJSDate().toISOString();
  expect(new Date(other.start).toISOString()).toBe(start);
  return {
    method: calendar.getFirstPropertyValue('method'),
    start,
    uid: vevent.getFirstPropertyValue('uid'),
    sequence: vevent.getFirstPropertyValue('sequence'),
    location: vevent.getFirstPropertyValue('location'),
    parts: mail.calendars.map((c) => c.contentType).sort(),
  };
}

test('an officer schedules a request by phone for tomorrow 10:00 Moscow: both get a calendar invitation, a move sends SEQUENCE 1; axe on the request page', async ({
  page,
  browser,
  db,
  officer,
}) => {
  const baseURL = test.info().project.use.baseURL!;
  const officerEmail = uniqueEmail('officer');
  db.prepare('update contacts set email = ? where id = ?').run(officerEmail, officer.contact.id);
  const journalist = await browser.newPage({ baseURL });
  const email = uniqueEmail('invited');
  await journalist.goto(`/contacts/${officer.contact.slug}`);
  await fillRequest(journalist, {
    journalistName: 'Reporter Calendar',
    outlet: 'Example Wire',
    email,
    deadline: futureDeadline(3),
    timeZone: 'Europe/London',
    topic: 'Winter shelter programme',
    format: 'Phone call',
  });
  await submitRequest(journalist);
  const { reference, statusUrl } = await expectConfirmation(journalist);
  await journalist.close();

  // The staff e-mail lands where the work is, and replying reaches the journalist.
  await expect.poll(() => mailbox.to(officerEmail).length, { timeout: 15_000 }).toBe(1);
  const notification = mailbox.to(officerEmail)[0]!;
  expect(notification.replyTo).toBe(email);
  const link = new RegExp(`${baseURL}/requests/(\\d+)`).exec(notification.text);
  expect(link, 'a link to the request’s staff page').toBeTruthy();
  expect(notification.text).not.toContain('/request-status/');

  await page.goto(new URL(link![0]).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${reference}: Winter shelter programme`);
  await page.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(page.locator('[data-request-status]')).toHaveText('Acknowledged by the press office');
  await expect(page.locator('dl').first()).toContainText(`Assigned to${officer.contact.fullName}`);

  // Refused first: the errors show by their fields and what was typed stays.
  const { date, instant } = tomorrowTenInMoscow();
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Time', { exact: true }).fill('10:00');
  await page.getByLabel('Time zone').fill('Europe/Moscow');
  await page.getByLabel('Format').selectOption('phone');
  await page.getByLabel('Where or how').fill('call me maybe');
  await page.getByRole('button', { name: 'Schedule and send invitations' }).click();
  await expect(page.locator('#f-location-error')).toBeVisible();
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Moscow');
  await expectNoAxeViolations(page);

  await page.getByLabel('Where or how').fill('+7 495 126 75 71');
  await page.getByRole('button', { name: 'Schedule and send invitations' }).click();
  await expect(page.locator('[data-request-status]')).toHaveText('Interview scheduled');
  await expect(page.locator('[data-interview]')).toContainText('10:00 (Europe/Moscow)');
  await expect(page.locator('[data-steps]')).toContainText('scheduled the interview');

  const invitedSubject = `${reference}: Interview scheduled`;
  await expect
    .poll(() => mailbox.to(email).filter((m) => m.subject === invitedSubject).length, { timeout: 15_000 })
    .toBe(1);
  await expect
    .poll(() => mailbox.to(officerEmail).filter((m) => m.calendars.length > 0).length, { timeout: 15_000 })
    .toBe(1);
  const forJournalist = invitation(mailbox.to(email).find((m) => m.subject === invitedSubject)!);
  const forOfficer = invitation(mailbox.to(officerEmail).find((m) => m.calendars.length > 0)!);
  for (const sent of [forJournalist, forOfficer]) {
    expect(sent).toMatchObject({ method: 'REQUEST', start: instant, sequence: 0 });
    expect(String(sent.location).replace(/\D/g, '')).toBe('74951267571');
    expect(sent.parts).toEqual(['application/ics', 'text/calendar']);
  }
  expect(forOfficer.uid).toBe(forJournalist.uid);
  const journalistMail = mailbox.to(email).find((m) => m.subject === invitedSubject)!;
  expect(journalistMail.text).toContain(statusUrl);
  expect(mailbox.to(officerEmail).find((m) => m.calendars.length > 0)!.replyTo).toBe(email);

  // Moving it: the same event, SEQUENCE 1, the new instant.
  await page.getByLabel('Time', { exact: true }).fill('11:30');
  await page.getByRole('button', { name: 'Move the interview' }).click();
  await expect(page.locator('[data-interview]')).toContainText('11:30 (Europe/Moscow)');
  const movedSubject = `${reference}: Interview moved`;
  await expect
    .poll(() => mailbox.to(email).filter((m) => m.subject === movedSubject).length, { timeout: 15_000 })
    .toBe(1);
  const moved = invitation(mailbox.to(email).find((m) => m.subject === movedSubject)!);
  expect(moved).toMatchObject({ method: 'REQUEST', uid: forJournalist.uid, sequence: 1 });
  expect(moved.start).toBe(new Date(Date.parse(instant) + 90 * 60_000).toISOString());
});
