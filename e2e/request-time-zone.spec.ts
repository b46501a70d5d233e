import { expect, test } from '@playwright/test';
import { requestForm } from './request-form';

// The time-zone options are inner HTML (lib/time-zone-options.ts): check they still behave like a select.
test.describe('a journalist in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('finds their own time zone preselected, with JavaScript', async ({ page }) => {
    await page.goto('/cities/moscow');
    const zone = requestForm(page).getByLabel('Your time zone');
    await expect(zone).toHaveValue('Asia/Tokyo');
    await expect(zone.getByRole('option', { name: 'America/Port of Spain' })).toHaveAttribute('value', 'America/Port_of_Spain');
    await zone.selectOption('America/Port_of_Spain');
    await expect(zone).toHaveValue('America/Port_of_Spain');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('gets the city’s time zone preselected', async ({ page }) => {
      await page.goto('/cities/moscow');
      await expect(requestForm(page).getByLabel('Your time zone')).toHaveValue('Europe/Moscow');
    });
  });
});
