import { expect, test } from '@playwright/test';
import { SMTP_PORT } from '../playwright.config';
import { openTestDb } from './fixtures';
import { Mailbox } from './mailbox';
import { expectConfirmation, fillRequest, futureDeadline, submitRequest, uniqueEmail } from './request-form';
import { createCity, createPerson, createRelease, inThreeWeeks } from './reach-world';

// Specs named *mail.spec.ts own the test SMTP server's port; the `mail` project runs them one file at a time.
test.describe.configure({ mode: 'serial' });
// A client address of this file's own, so other specs' requests do not use up its rate limit.
test.use({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.14' } });

const mailbox = new Mailbox(SMTP_PORT);
// Opened on first use and closed after each worker's share of this file (tests may come back to a worker).
let connection: ReturnType<typeof openTestDb> | null = null;
const db = () => (connection ??= openTestDb());
test.beforeAll(() => mailbox.start());
test.afterAll(async () => {
  await mailbox.stop();
  connection?.close();
  connection = null;
});

/** A person on leave whose delegate is on duty, each with an address of their own. */
function awayWithDelegate() {
  const city = createCity(db());
  const delegateEmail = uniqueEmail('delegate');
  const awayEmail = uniqueEmail('away');
  const delegate = createPerson(db(), city, 'Tomas Delegate', { hours: 'always', email: delegateEmail });
  const away = createPerson(db(), city, 'Ayla Away', {
    leaveUntil: inThreeWeeks(),
    delegateId: delegate.id,
    email: awayEmail,
  });
  return { city, delegate, away, delegateEmail, awayEmail };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a request made on an on-leave contact’s page reaches the delegate, not the absent person', async ({
      page,
    }) => {
      const { away, delegateEmail, awayEmail } = awayWithDelegate();
      await page.goto(`/contacts/${away.slug}`);
      await expect(page.locator('#request')).toContainText(
        'This request goes to Tomas Delegate, covering for Ayla Away',
      );
      await fillRequest(page, {
        journalistName: 'Reach Reporter',
        outlet: 'Example Radio',
        email: uniqueEmail('reach'),
        deadline: futureDeadline(),
        topic: 'Leave routing',
      });
      await submitRequest(page);
      const { reference } = await expectConfirmation(page);
      await expect.poll(() => mailbox.to(delegateEmail).length, { timeout: 15_000 }).toBe(1);
      expect(mailbox.to(delegateEmail)[0]!.subject).toContain(reference);
      expect(mailbox.to(delegateEmail)[0]!.text).toContain(
        'New interview request for Tomas Delegate, covering for Ayla Away.',
      );
      expect(mailbox.to(awayEmail)).toEqual([]);
    });
  });
}

test('a request made on a release page listing someone on leave reaches their delegate too', async ({ page }) => {
  const { city, away, delegateEmail, awayEmail } = awayWithDelegate();
  const release = createRelease(db(), city, [away]);
  await page.goto(`/releases/${release.slug}`);
  await expect(page.locator('#request')).toContainText('This request goes to Tomas Delegate, covering for Ayla Away.');
  await fillRequest(page, {
    journalistName: 'Reach Reporter',
    outlet: 'Example Radio',
    email: uniqueEmail('reach-rel'),
    deadline: futureDeadline(),
    topic: 'Release leave routing',
  });
  await submitRequest(page);
  await expectConfirmation(page);
  await expect.poll(() => mailbox.to(delegateEmail).length, { timeout: 15_000 }).toBe(1);
  expect(mailbox.to(awayEmail)).toEqual([]);
});
