import type { Locator, Page } from '@playwright/test';
import { expect, expectVisibleFocus, lab, openPage, tabTo, test } from './support/fixtures.ts';

test.describe('the lab by keyboard alone', () => {
  test('skip link, learning-rate slider, exact box and playback buttons', async ({ page }) => {
    await openPage(page);
    const l = lab(page);

    // The first Tab reaches the skip link, which leads into the lab.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the training lab' });
    await expect(skip).toBeFocused();
    await expectVisibleFocus(skip);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#lab$/);

    // From there, Tab reaches the learning-rate slider; arrows move it one position at a time.
    await tabTo(page, l.alphaSlider, { max: 12 });
    await expectVisibleFocus(l.alphaSlider);
    await expect(l.alphaSlider).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹¹');
    await page.keyboard.press('ArrowRight');
    await expect(l.alphaSlider).toHaveAttribute('aria-valuetext', '1.01\u00a0×\u00a010⁻¹¹');
    await expect(l.alphaBox).toHaveValue('1.01e-11');
    await page.keyboard.press('ArrowRight');
    await expect(l.alphaSlider).not.toHaveAttribute('aria-valuetext', '1.01\u00a0×\u00a010⁻¹¹');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(l.alphaSlider).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹¹');
    // Arrow keys in a slider are the slider's: they must not also step the run.
    await expect(l.count).toHaveText('0 / 72');

    // The exact box takes any number: 2.5e-11 = 1 / budget² lands on the goal in one update.
    await tabTo(page, l.alphaBox, { max: 3 });
    await expectVisibleFocus(l.alphaBox);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2.5e-11');
    await page.keyboard.press('Enter');
    await expect(l.alphaSlider).toHaveAttribute('aria-valuetext', '2.5\u00a0×\u00a010⁻¹¹');
    await expect(l.stopTitle).toContainText('Reached the goal exactly');
    await expect(l.stopPanel).toContainText('After 1 update, the 2nd prediction (iteration 1) equals the goal');
    await expect(l.count).toHaveText('0 / 1');
    await expect(l.preset('One step')).toHaveAttribute('aria-pressed', 'true');

    // Back to the article's rate, still by keyboard.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1e-11');
    await page.keyboard.press('Enter');
    await expect(l.count).toHaveText('0 / 72');

    // Step (Enter), Step (Space).
    const step = l.button('Step');
    await tabTo(page, step, { max: 10 });
    await expectVisibleFocus(step);
    await page.keyboard.press('Enter');
    await expect(l.count).toHaveText('1 / 72');
    await page.keyboard.press(' ');
    await expect(l.count).toHaveText('2 / 72');
    await expect(l.iterationHeading).toHaveText('Iteration 2');

    // Step back, reached backwards past Play.
    const stepBack = l.button('Step back');
    await tabTo(page, stepBack, { backwards: true, max: 3 });
    await expectVisibleFocus(stepBack);
    await page.keyboard.press('Enter');
    await expect(l.count).toHaveText('1 / 72');

    // Play, then Pause, on the same button.
    await tabTo(page, l.playPause, { max: 2 });
    await expectVisibleFocus(l.playPause);
    await expect(l.playPause).toHaveText('Play');
    await page.keyboard.press('Enter');
    await expect(l.playPause).toHaveText('Pause');
    await expect(l.count).not.toHaveText('1 / 72', { timeout: 5_000 }); // 1 per second by default
    await page.keyboard.press(' ');
    await expect(l.playPause).toHaveText('Play');

    // Reset, reached backwards.
    const reset = l.button('Reset');
    await tabTo(page, reset, { backwards: true, max: 3 });
    await expectVisibleFocus(reset);
    await page.keyboard.press('Enter');
    await expect(l.count).toHaveText('0 / 72');

    // Run to end. (Reset is disabled at iteration 0, so the focus starts again from the page.)
    const runToEnd = l.button('Run to end');
    await l.alphaBox.focus();
    await tabTo(page, runToEnd, { max: 12 });
    await expectVisibleFocus(runToEnd);
    await page.keyboard.press(' ');
    await expect(l.count).toHaveText('72 / 72');
    await expect(l.stopTitle).toContainText('Reached the goal exactly');
  });

  /**
   * The documented shortcuts, pressed while `target` (a focusable element in the lab that is not
   * a text box, slider, button or link) has the focus.
   */
  async function checkShortcuts(page: Page, target: Locator): Promise<void> {
    const l = lab(page);
    await target.focus();
    await expect(target).toBeFocused();

    const press = async (key: string, count: string) => {
      await page.keyboard.press(key);
      await expect(l.count, `after pressing ${key}`).toHaveText(count);
    };
    await press('l', '1 / 72');
    await press('ArrowRight', '2 / 72');
    await press('L', '3 / 72');
    await press('j', '2 / 72');
    await press('ArrowLeft', '1 / 72');
    await press('End', '72 / 72');
    await press('Home', '0 / 72');

    await page.keyboard.press('k');
    await expect(l.playPause).toHaveText('Pause');
    await page.keyboard.press('k');
    await expect(l.playPause).toHaveText('Play');
    await page.keyboard.press(' ');
    await expect(l.playPause).toHaveText('Pause');
    await page.keyboard.press(' ');
    await expect(l.playPause).toHaveText('Play');

    // The keys did their work without moving the focus away.
    await expect(target).toBeFocused();
  }

  test('shortcuts work from the table of iterations (a focusable scroll region in the lab)', async ({ page }) => {
    await openPage(page);
    const l = lab(page);
    // Reach it by keyboard so the focus ring is the keyboard one.
    await l.programSummary.focus();
    await tabTo(page, l.table, { backwards: true, max: 4 });
    await expectVisibleFocus(l.table);
    await checkShortcuts(page, l.table);
  });

  test('shortcuts work from a chart (a focusable figure in the lab)', async ({ page }) => {
    await openPage(page);
    const chart = page.locator('section#lab figure.chart').first();
    await checkShortcuts(page, chart);
  });

  test('a button that disables itself hands the focus to Play, and shortcuts other than Space work on buttons', async ({ page }) => {
    await openPage(page);
    const l = lab(page);
    const step = l.button('Step');
    await step.focus();
    // End on a button runs to the end, as on the rest of the lab; Step is then disabled.
    await page.keyboard.press('End');
    await expect(l.count).toHaveText('72 / 72');
    await expect(step).toBeDisabled();
    await expect(l.playPause).toBeFocused();
    // Home resets; Space stays the focused button's own key (Play).
    await page.keyboard.press('Home');
    await expect(l.count).toHaveText('0 / 72');
    await page.keyboard.press('ArrowRight');
    await expect(l.count).toHaveText('1 / 72');

    // Run to end pressed with Enter disables itself: the focus goes to Play, not to the page.
    const runToEnd = l.button('Run to end');
    await runToEnd.focus();
    await page.keyboard.press('Enter');
    await expect(l.count).toHaveText('72 / 72');
    await expect(l.playPause).toBeFocused();
    await expectVisibleFocus(l.playPause);
    // And Reset, from the other end.
    const reset = l.button('Reset');
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(l.count).toHaveText('0 / 72');
    await expect(l.playPause).toBeFocused();
  });

  test('on a phone, ← and → scroll the table sideways, and J and L step', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openPage(page);
    const l = lab(page);
    await l.table.focus();
    const scrollLeft = () => l.table.evaluate((box) => box.scrollLeft);
    expect(await l.table.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(scrollLeft).toBeGreaterThan(0);
    await expect(l.count).toHaveText('0 / 72');
    await page.keyboard.press('l');
    await expect(l.count).toHaveText('1 / 72');
    await page.keyboard.press('j');
    await expect(l.count).toHaveText('0 / 72');
    await expect(l.table).toBeFocused();
  });

  test('shortcuts leave text boxes, sliders and the menu alone', async ({ page }) => {
    await openPage(page);
    const l = lab(page);
    await l.button('Step').click();
    await expect(l.count).toHaveText('1 / 72');

    await l.alphaBox.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('k');
    await page.keyboard.press('l');
    await expect(l.alphaBox).toHaveValue(/k/); // typed, not a shortcut
    await page.keyboard.press('Escape');
    await expect(l.count).toHaveText('1 / 72');
    await expect(l.playPause).toHaveText('Play');

    await page.getByRole('combobox', { name: 'Speed' }).focus();
    await page.keyboard.press('Home');
    await expect(l.count).toHaveText('1 / 72');
  });
});
