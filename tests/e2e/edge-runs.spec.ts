import type { Page } from '@playwright/test';
import {
  expect,
  lab,
  nonFiniteAttributesInMarkup,
  nonFiniteSvgAttributes,
  openPage,
  test,
  typeAndEnter,
} from './support/fixtures.ts';

/**
 * Neither the visible text nor any chart attribute may show a number that is not finite. Soft
 * checks: one failure does not hide the others, and the test carries on to later iterations.
 */
async function expectOnlyFiniteNumbers(page: Page, where: string): Promise<void> {
  const text = await page.evaluate(() => {
    // Chapters far from the screen skip rendering (content-visibility), and innerText would skip them too.
    for (const body of document.querySelectorAll<HTMLElement>('.chapter__body')) body.style.contentVisibility = 'visible';
    return document.body.innerText;
  });
  const hits = [...text.matchAll(/.{0,60}(NaN|Infinity).{0,20}/g)].map((m) => m[0]);
  expect.soft(hits, `page text containing NaN or Infinity (${where})`).toEqual([]);
  expect.soft(await nonFiniteSvgAttributes(page), `SVG attributes with NaN or Infinity (${where})`).toEqual([]);
  expect.soft(nonFiniteAttributesInMarkup(await page.content()), `attributes in page.content() (${where})`).toEqual([]);
}

test.describe('runs that do not reach the goal', () => {
  test('the Diverge preset (6e-11) stops at update 2,020 without NaN or Infinity', async ({ page }) => {
    await openPage(page);
    const l = lab(page);
    await l.preset('Diverge').click();
    await expect(l.preset('Diverge')).toHaveAttribute('aria-pressed', 'true');
    await expect(l.alphaSlider).toHaveAttribute('aria-valuetext', '6.0\u00a0×\u00a010⁻¹¹');
    await expect(l.stopTitle).toContainText('Diverged');
    await expect(l.stopPanel).toContainText('update 2,020');
    await expect(l.count).toHaveText('0 / 2,019');
    await expectOnlyFiniteNumbers(page, 'diverge, iteration 0');

    for (let i = 0; i < 3; i += 1) await l.button('Step').click();
    await expect(l.count).toHaveText('3 / 2,019');
    await expectOnlyFiniteNumbers(page, 'diverge, iteration 3');

    // The last iterations hold numbers near the largest double; the program output says why it would crash.
    await l.openProgram();
    await l.button('Run to end').click();
    await expect(l.count).toHaveText('2,019 / 2,019');
    await expect(l.section).toContainText('The program would crash after line');
    await expectOnlyFiniteNumbers(page, 'diverge, last iteration');

    // Half-way along, by the iteration slider.
    await l.scrubber.fill('1000');
    await expect(l.count).toHaveText('1,000 / 2,019');
    await expectOnlyFiniteNumbers(page, 'diverge, iteration 1000');
  });

  test('alpha 1 typed into the exact box diverges at once, without NaN or Infinity', async ({ page }) => {
    await openPage(page);
    const l = lab(page);
    await typeAndEnter(l.alphaBox, '1');
    await expect(l.alphaBox).toHaveValue('1');
    await expect(l.stopTitle).toContainText('Diverged');
    await expect(l.section).toContainText('The value is outside the slider’s range');
    await expectOnlyFiniteNumbers(page, 'alpha 1, iteration 0');

    await l.button('Run to end').click();
    await expect(l.count).toHaveText(/^([\d,]+) \/ \1$/);
    await expect(l.button('Run to end')).toBeDisabled();
    await expectOnlyFiniteNumbers(page, 'alpha 1, last iteration');
  });

  test('“Stuck one step short” stops after 162 updates, short of the goal', async ({ page }) => {
    await openPage(page);
    const l = lab(page);
    await l.preset('Stuck one step short').click();
    await expect(l.stopTitle).toContainText('Stuck short of the goal');
    await expect(l.stopPanel).toContainText('After 162 updates');
    await expect(l.count).toHaveText('0 / 162');
    await l.button('Run to end').click();
    await expect(l.count).toHaveText('162 / 162');
    await expect(l.button('Run to end')).toBeDisabled();

    // Play from the end starts again and, at full speed, stops at the end by itself.
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '1000 per second' });
    await l.playPause.click();
    await expect(l.playPause).toHaveText('Play', { timeout: 5_000 });
    await expect(l.count).toHaveText('162 / 162');
  });

  test('“Bounce forever” bounces between the weights 1 and 996.5', async ({ page }) => {
    await openPage(page);
    const l = lab(page);
    await l.preset('Bounce forever').click();
    await expect(l.alphaSlider).toHaveAttribute('aria-valuetext', '5.0\u00a0×\u00a010⁻¹¹');
    // The preset says "Bounce forever"; the verdict reads "Bouncing for ever".
    await expect(l.stopTitle).toContainText(/Bounc(e|ing) for ?ever/);
    await expect(l.stopPanel).toContainText('alternates between 1 and 996.5');
    await l.button('Run to end').click();
    await expect(l.count).toHaveText('1 / 1');
    await expect(l.iterationHeading).toHaveText('Iteration 1');
    await expect(l.table.locator('tbody tr th')).toHaveText(['0', '1']);
    await expect(l.table.locator('tbody tr td:nth-child(2)')).toHaveText(['1', '996.5']);
    await expectOnlyFiniteNumbers(page, 'bounce');
  });
});
