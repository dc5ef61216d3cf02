import { expect, test } from '@playwright/test';

test('the page opens with its title', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Predict');
});
