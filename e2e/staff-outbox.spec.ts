import { expectNoAxeViolations } from './a11y';
import { expect, test } from './fixtures';
import { expectConfirmation, fillRequest, futureDeadline, submitRequest, uniqueEmail } from './request-form';

test.describe('an admin reads the outbox', () => {
  test.use({ signedInAs: 'admin', extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.44' } });

  test('a new request’s e-mails are listed with their text and delivery state', { tag: '@phone' }, async ({ page }) => {
    const email = uniqueEmail('outbox');
    await page.goto('/cities/panama-city');
    await fillRequest(page, {
      journalistName: 'Outbox Reader',
      outlet: 'Example',
      email,
      deadline: futureDeadline(),
      topic: 'Outbox topic',
    });
    await submitRequest(page);
    const { reference } = await expectConfirmation(page);
    await page.goto('/staff/outbox');
    const item = page.getByRole('listitem').filter({ hasText: `We received your interview request ${reference}` });
    await expect(item).toContainText(`To ${email}`);
    await item.getByText('Read the message').click();
    await expect(item).toContainText('Follow its status here');
    await expectNoAxeViolations(page);
  });
});
