import { expect, expectNoAxeViolations, lab, openPage, test } from './support/fixtures.ts';

test.describe('axe: WCAG 2.1 A and AA, and best practices', () => {
  test('at the start', async ({ page }, testInfo) => {
    await openPage(page);
    await expectNoAxeViolations(page, testInfo, 'start');
  });

  test('at the end of the article’s run, with the program output and the example open', async ({ page }, testInfo) => {
    await openPage(page);
    const l = lab(page);
    await l.button('Run to end').click();
    await expect(l.count).toHaveText('72 / 72');
    await l.openProgram();
    await expect(l.programLines).toBeVisible();
    await page.getByText(/^The example: budget/).click();
    await expect(page.getByRole('textbox', { name: 'Stop when within (dollars)' })).toBeVisible();
    await expectNoAxeViolations(page, testInfo, 'article-run-end');
  });

  test('after the Diverge preset, at its last iteration', async ({ page }, testInfo) => {
    await openPage(page);
    const l = lab(page);
    await l.preset('Diverge').click();
    await expect(l.stopTitle).toContainText('Diverged');
    await expectNoAxeViolations(page, testInfo, 'diverge-start');
    await l.button('Run to end').click();
    await expect(l.count).toHaveText('2,019 / 2,019');
    await expectNoAxeViolations(page, testInfo, 'diverge-end');
  });

  test('on a 360 px phone, where formulas and the table scroll sideways', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openPage(page);
    await expectNoAxeViolations(page, testInfo, 'phone-start');
  });

  test('in dark mode', async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPage(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    // The page really is dark: its background is darker than its text.
    const luminance = await page.evaluate(() => {
      const channel = (c: string) => c.match(/\d+(\.\d+)?/g)?.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) ?? 0;
      const body = getComputedStyle(document.body);
      const html = getComputedStyle(document.documentElement);
      const bg = body.backgroundColor === 'rgba(0, 0, 0, 0)' ? html.backgroundColor : body.backgroundColor;
      return { background: channel(bg), text: channel(body.color) };
    });
    expect(luminance.background).toBeLessThan(luminance.text);
    await expectNoAxeViolations(page, testInfo, 'dark-start');

    const l = lab(page);
    await l.preset('Overshoot').click();
    await l.button('Run to end').click();
    await expect(l.count).toHaveText('29 / 29');
    await expectNoAxeViolations(page, testInfo, 'dark-overshoot-end');
  });
});
