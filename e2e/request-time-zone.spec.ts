import { expect, test } from '@playwright/test';
import { requestForm } from './request-form';

// The time-zone options are inner HTML (lib/time/time-zone-options.ts): check they still behave like a select,
// and that a visitor whose zone is not among the common ones offered finds it added and chosen.
test.describe('a journalist in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('finds their own time zone preselected, with JavaScript', async ({ page }) => {
    await page.goto('/cities/moscow');
    const zone = requestForm(page).getByLabel('Your time zone');
    await expect(zone).toHaveValue('Asia/Tokyo');
    await expect(zone.getByRole('option', { name: 'Port of Spain (America)' })).toHaveAttribute(
      'value',
      'America/Port_of_Spain',
    );
    await zone.selectOption('America/Port_of_Spain');
    await expect(zone).toHaveValue('America/Port_of_Spain');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    // Issue #14: the spokesperson's zone is not the journalist's; without JavaScript it is a choice to make.
    test('chooses their time zone themselves: nothing is preselected', async ({ page }) => {
      await page.goto('/cities/moscow');
      const zone = requestForm(page).getByLabel('Your time zone');
      await expect(zone).toHaveValue('');
      await expect(zone.locator('option').first()).toHaveText('Choose your time zone');
    });
  });
});

test.describe('a journalist in Salta, a zone the list does not offer', () => {
  test.use({ timezoneId: 'America/Argentina/Salta' });

  test('finds it added to the list and preselected', async ({ page }) => {
    await page.goto('/cities/geneva');
    const zone = requestForm(page).getByLabel('Your time zone');
    await expect(zone).toHaveValue('America/Argentina/Salta');
    await expect(zone.getByRole('option', { name: 'Salta (America/Argentina)' })).toHaveCount(1);
    await expect(zone.getByRole('option', { name: 'Zurich (Europe)' })).toHaveCount(1);
  });
});
