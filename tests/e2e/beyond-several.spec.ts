import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  expectVisibleFocus,
  nonFiniteSvgAttributes,
  openPage,
  tabTo,
  test,
  typeAndEnter,
} from './support/fixtures.ts';

/** Locators for the chapter “Several inputs”, by role and accessible name. */
function inputs(page: Page) {
  const section = page.locator('section#several-inputs');
  const playback = section.getByRole('group', { name: 'Several inputs playback' });
  return {
    section,
    playback,
    button: (name: string) => playback.getByRole('button', { name: `${name} (several inputs)`, exact: true }),
    playPause: playback.getByRole('button', { name: /^(Play|Pause) \(several inputs\)$/ }),
    scrubber: playback.getByRole('slider', { name: 'Iteration (several inputs)', exact: true }),
    count: playback.locator('.playback__count'),
    raw: section.getByRole('radio', { name: 'Raw inputs', exact: true }),
    normalised: section.getByRole('radio', { name: 'Normalised inputs', exact: true }),
    alphaSlider: section.getByRole('slider', { name: 'Learning rate (alpha)', exact: true }),
    alphaBox: section.getByRole('textbox', { name: 'Learning rate (alpha), exact value', exact: true }),
    w1Box: section.getByRole('textbox', { name: 'Starting weight 1 (budget), exact value', exact: true }),
    w2Box: section.getByRole('textbox', { name: 'Starting weight 2 (runtime), exact value', exact: true }),
    map: section.getByRole('img', { name: /^Contour map of the mean squared error/ }),
    now: section.getByRole('region', { name: /^Several inputs, iteration [\d,]+$/ }),
    stop: section.getByRole('heading', { name: /^Where this run stops:/ }),
    definition: (term: string) => section.locator('.several-now dt', { hasText: term }).locator('xpath=following-sibling::dd[1]'),
  };
}

async function openChapter(page: Page, path = './'): Promise<ReturnType<typeof inputs>> {
  await openPage(page, path);
  const c = inputs(page);
  await c.section.scrollIntoViewIfNeeded();
  await expect(c.map).toBeVisible();
  return c;
}

async function expectOnlyFinite(page: Page, where: string): Promise<void> {
  const text = await page.locator('section#several-inputs, section#several-outputs').allInnerTexts();
  expect(text.join('\n'), `page text (${where})`).not.toMatch(/NaN|Infinity/);
  expect(await nonFiniteSvgAttributes(page), `SVG attributes (${where})`).toEqual([]);
}

test.describe('Several inputs', () => {
  test('works by keyboard alone: inputs switch, sliders, playback buttons and the iteration slider', async ({ page }) => {
    const c = await openChapter(page);
    await expect(c.count).toHaveText('0 / 2,121');

    // The radio group: arrow keys move the choice.
    await c.raw.focus();
    await expectVisibleFocus(c.raw);
    await page.keyboard.press('ArrowDown');
    await expect(c.normalised).toBeChecked();
    await expect(c.count).toHaveText('0 / 339');
    await page.keyboard.press('ArrowUp');
    await expect(c.raw).toBeChecked();

    // The learning-rate slider moves one position per arrow, and the box follows.
    await tabTo(page, c.alphaSlider, { max: 4 });
    await expectVisibleFocus(c.alphaSlider);
    await expect(c.alphaSlider).toHaveAttribute('aria-valuetext', '1.5\u00a0×\u00a010⁻⁴');
    await page.keyboard.press('ArrowLeft');
    await expect(c.alphaSlider).not.toHaveAttribute('aria-valuetext', '1.5\u00a0×\u00a010⁻⁴');
    await tabTo(page, c.alphaBox, { max: 3 });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1.5e-4');
    await page.keyboard.press('Enter');
    await expect(c.alphaSlider).toHaveAttribute('aria-valuetext', '1.5\u00a0×\u00a010⁻⁴');

    // Step with Enter and Space, Run to end, then the iteration slider's Home and arrows.
    const step = c.button('Step');
    await tabTo(page, step, { max: 15 });
    await expectVisibleFocus(step);
    await page.keyboard.press('Enter');
    await expect(c.count).toHaveText('1 / 2,121');
    await page.keyboard.press(' ');
    await expect(c.count).toHaveText('2 / 2,121');
    const end = c.button('Run to end');
    await tabTo(page, end, { max: 2 });
    await page.keyboard.press('Enter');
    await expect(c.count).toHaveText('2,121 / 2,121');
    await expect(end).toBeDisabled();
    await c.scrubber.focus();
    await page.keyboard.press('Home');
    await expect(c.count).toHaveText('0 / 2,121');
    await page.keyboard.press('ArrowRight');
    await expect(c.count).toHaveText('1 / 2,121');

    // The contour map takes the focus too, and reads out the current point.
    await c.map.locator('xpath=ancestor::figure[1]').focus();
    await expect(c.section.locator('.contour-map .chart-readout')).toHaveAttribute('data-visible', 'true');
  });

  test('a diverging run is drawn only until it leaves the map, and Run to end keeps the keyboard focus', async ({ page }) => {
    const c = await openChapter(page, './?several.alpha=0.0003');
    await c.button('Run to end').focus();
    await page.keyboard.press('Enter');
    await expect(c.stop).toContainText('Diverged');
    // The button disabled itself: the focus went to Play, not to the page.
    await expect(c.playPause).toBeFocused();
    // Past the 2,000 px band round the map, every point would sit on its edge: the path stops at the first.
    for (const selector of ['path.contour-path--future', 'path.contour-path:not(.contour-path--future)']) {
      const d = (await c.map.locator(selector).getAttribute('d')) ?? '';
      const points = d.split(/[ML]/).filter(Boolean);
      expect(points.length, selector).toBeGreaterThan(2);
      expect(points.filter((p) => /(^|,)-2000(,|$)/.test(p)).length, `${selector}: ${d.slice(-80)}`).toBeLessThanOrEqual(2);
    }
    await expectOnlyFinite(page, 'diverged');
  });

  test('the contour map draws finite paths, and Run to end converges to the best weights shown', async ({ page }) => {
    const c = await openChapter(page);
    const bands = c.map.locator('path.contour-band');
    await expect(bands).toHaveCount(12);
    for (const d of await bands.evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''))) {
      expect(d).toMatch(/^M[\d.,MLZ-]+$/);
    }
    await expectOnlyFinite(page, 'start');

    await c.button('Run to end').click();
    await expect(c.now).toHaveAccessibleName('Several inputs, iteration 2,121');
    await expect(c.stop).toContainText('Settled at the bottom');
    await expect(c.definition('Weight 1 (budget)')).toHaveText('−1.254953');
    await expect(c.definition('Weight 2 (runtime)')).toHaveText('1.515605');
    await expect(c.definition('Lowest possible')).toHaveText('11,938, at −1.25495 and 1.5156');
    await expect(c.map).toHaveAccessibleName(/weight 1 = −1\.255, weight 2 = 1\.516, mean squared error 11,938\.$/);
    const path = await c.map.locator('path.contour-path:not(.contour-path--future)').getAttribute('d');
    expect(path?.length ?? 0).toBeGreaterThan(10);
    expect(path?.length ?? 0).toBeLessThan(80_000);
    await expectOnlyFinite(page, 'raw, end');

    // The new run is shorter than the iteration on show, so it shows its own last iteration.
    await c.normalised.check();
    await expect(c.count).toHaveText('339 / 339');
    await expect(c.definition('In raw units')).toHaveText('−1.25495 and 1.5156');
    await expectOnlyFinite(page, 'normalised, end');

    const compare = c.section.getByRole('region', { name: 'Raw against normalised, each at its best learning rate' });
    await expect(compare.getByRole('region', { name: 'Raw inputs' })).toContainText('1,820 updates');
    await expect(compare.getByRole('region', { name: 'Normalised inputs' })).toContainText('293 updates');
  });

  test('plays with animation frames, at the pace chosen, and stops at the end', async ({ page }) => {
    const c = await openChapter(page);
    await c.normalised.check();
    await c.playback.getByRole('combobox', { name: 'Pace (several inputs)' }).selectOption({ label: '1,000 per second' });
    await c.playPause.click();
    await expect(c.playPause).toHaveAccessibleName('Play (several inputs)', { timeout: 10_000 });
    await expect(c.count).toHaveText('339 / 339');
  });

  test('refuses hostile input with messages, and never shows NaN or Infinity', async ({ page }) => {
    const c = await openChapter(page);
    for (const text of ['', 'abc', 'NaN', 'Infinity', '1e999', '<script>alert(1)</script>', '١٢٣', '9'.repeat(70)]) {
      await typeAndEnter(c.alphaBox, text);
      await expect(c.alphaBox, text).toHaveAttribute('aria-invalid', 'true');
      await expect(c.section.getByRole('alert').first()).toBeVisible();
      await c.alphaBox.press('Escape');
    }
    for (const text of ['1e308', '-1e308', '1e-320', '-0', '0', '0,0001', '0.000150000000000000000000000001']) {
      await typeAndEnter(c.alphaBox, text);
      await expect(c.alphaBox, text).toHaveAttribute('aria-invalid', 'false');
      if (await c.button('Run to end').isEnabled()) await c.button('Run to end').click();
      await expectOnlyFinite(page, `alpha ${text}`);
    }
    for (const text of ['1e308', '-1e308']) {
      await typeAndEnter(c.w1Box, text);
      await expect(c.section.getByRole('alert')).toContainText('too large for a 64-bit number');
      await c.w1Box.press('Escape');
    }
    await typeAndEnter(c.w2Box, '1e-320');
    await expect(c.w2Box).toHaveAttribute('aria-invalid', 'false');
    await expectOnlyFinite(page, 'after every hostile value');
  });

  test('a shared link restores the chapter, and hostile link values fall back with a note', async ({ page }) => {
    const c = await openChapter(page, './?several.scale=normalised&several.alpha=2&several.i=5');
    await expect(c.normalised).toBeChecked();
    await expect(c.alphaBox).toHaveValue('2');
    await expect(c.now).toHaveAccessibleName('Several inputs, iteration 5');
    await c.button('Step').click();
    await expect(page).toHaveURL(/several\.i=6/);

    const bad = await openChapter(page, './?several.scale=sideways&several.alpha=Infinity&several.i=-1');
    const note = bad.section.getByRole('status').filter({ hasText: 'Some settings for this chapter' });
    await expect(note).toContainText('learning rate “Infinity” is not a finite number');
    await expect(bad.raw).toBeChecked();
    // The note quotes the link; once it is put away, no number on the chapter is NaN or Infinity.
    await note.getByRole('button', { name: 'Hide this note' }).click();
    await expect(note).toHaveCount(0);
    await expect(bad.count).toHaveText('0 / 2,121');
    await expectOnlyFinite(page, 'hostile link');
  });

  test('has no axe violations, at the start and at the end of a run, light and dark', async ({ page }, testInfo) => {
    const c = await openChapter(page);
    await expectNoAxeViolations(page, testInfo, 'several-start');
    await c.button('Run to end').click();
    await page.locator('section#several-outputs').getByRole('checkbox', { name: 'Double every domestic gross' }).check();
    await expectNoAxeViolations(page, testInfo, 'several-end');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, testInfo, 'several-dark');
  });
});

test.describe('on a 360 px touch screen', () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true });

  test('taps work, the map stays square and nothing sticks out of the chapters', async ({ page }) => {
    const c = await openChapter(page);
    await c.button('Step').tap();
    await expect(c.count).toHaveText('1 / 2,121');
    await c.normalised.tap();
    await expect(c.normalised).toBeChecked();
    const box = await c.map.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(box!.width).toBeGreaterThan(240);
    const sticking = await page.evaluate(() =>
      [...document.querySelectorAll('section#several-inputs *, section#several-outputs *')]
        .filter((el) => !el.closest('.formula-block, .visually-hidden') && el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
    );
    expect(sticking).toEqual([]);
  });
});

test.describe('Several outputs', () => {
  test('by keyboard: the toggle changes only the domestic weight; Run to end reaches both best weights', async ({ page }) => {
    await openPage(page);
    const section = page.locator('section#several-outputs');
    await section.scrollIntoViewIfNeeded();
    const result = section.getByRole('region', { name: 'Two weights, learning independently' });
    await expect(result).toContainText('The worldwide weight ends at 6.39382');
    await expect(result).toContainText('the domestic weight at 3.53215');
    const toggle = section.getByRole('checkbox', { name: 'Double every domestic gross' });
    await toggle.focus();
    await page.keyboard.press(' ');
    await expect(toggle).toBeChecked();
    await expect(result).toContainText('the domestic weight at 7.06429');
    await expect(result).toContainText('The worldwide weight ends at 6.39382');
    await expect(result).toContainText('changing the domestic goals does not change the worldwide weight');
    const playback = section.getByRole('group', { name: 'Several outputs playback' });
    const end = playback.getByRole('button', { name: 'Run to end (several outputs)', exact: true });
    await end.focus();
    await page.keyboard.press('Enter');
    await expect(playback.locator('.playback__count')).toHaveText('190 / 190');
    await expect(section.getByRole('img', { name: /^Domestic gross weight by iteration/ })).toHaveAccessibleName(/Iteration 190: 7\.06429\.$/);
    await expectOnlyFinite(page, 'outputs');
  });
});
