import type { Page, TestInfo } from '@playwright/test';
import { expect, lab, openPage, showWholePage, test } from './support/fixtures.ts';

const WIDTHS = [360, 768, 1280] as const;

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    // Name the elements that stick out, to make a failure easy to act on.
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
      .filter((el) => !el.closest('.visually-hidden, .skip-link'))
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, widest };
  });
}

async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const o = await horizontalOverflow(page);
  expect.soft(o.scrollWidth, `horizontal scrolling at ${o.innerWidth}px (${where}); sticking out: ${o.widest.join(', ')}`).toBeLessThanOrEqual(o.innerWidth);
}

/**
 * Boxes in `scope` whose content is wider than the box and that do not scroll it themselves:
 * text that runs over a border or is cut off. Only the innermost such box is named.
 */
async function spilledBoxes(page: Page, scope: string): Promise<string[]> {
  return page.locator(scope).evaluate((root) => {
    const spills = (el: Element): boolean => {
      if (el.closest('svg, math, .visually-hidden')) return false;
      const s = getComputedStyle(el);
      if (s.display === 'inline' || s.display === 'contents' || s.display === 'none' || s.overflowX !== 'visible') return false;
      return el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
    };
    return [root, ...root.querySelectorAll('*')]
      .filter((el) => spills(el) && ![...el.children].some(spills))
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} is ${el.clientWidth}px wide but its content needs ${el.scrollWidth}px ("${el.textContent.slice(0, 40)}")`);
  });
}

async function shoot(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test.describe('layout at phone, tablet and desktop widths', () => {
  for (const width of WIDTHS) {
    test(`${width} px: screenshots and no horizontal scrolling`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await openPage(page);
      await page.evaluate(() => document.fonts.ready);
      await showWholePage(page);
      await shoot(page, testInfo, `full-${width}`);
      await expectNoHorizontalScroll(page, 'start');
      expect.soft(await spilledBoxes(page, 'section#lab'), 'lab content running out of its box (start)').toEqual([]);

      const l = lab(page);
      await l.section.scrollIntoViewIfNeeded();
      const labPath = testInfo.outputPath(`lab-${width}.png`);
      await l.section.screenshot({ path: labPath, animations: 'disabled' });
      await testInfo.attach(`lab-${width}`, { path: labPath, contentType: 'image/png' });

      // The longest numbers on the page: a diverging run at its last iteration, with the program output open.
      await l.preset('Diverge').click();
      await l.button('Run to end').click();
      await expect(l.count).toHaveText('2,019 / 2,019');
      await l.openProgram();
      await page.getByText(/^The example: budget/).click();
      const divergePath = testInfo.outputPath(`lab-diverge-${width}.png`);
      await l.section.screenshot({ path: divergePath, animations: 'disabled' });
      await testInfo.attach(`lab-diverge-${width}`, { path: divergePath, contentType: 'image/png' });
      await expectNoHorizontalScroll(page, 'diverge, last iteration, details open');
      expect.soft(await spilledBoxes(page, 'section#lab'), 'lab content running out of its box (diverge, last iteration)').toEqual([]);
    });
  }
});

test.describe('prefers-reduced-motion', () => {
  test('without a preference, the charts’ current-iteration marker glides', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openPage(page);
    const l = lab(page);
    const marker = page.locator('section#lab .chart-current').first();
    await expect(marker).toBeAttached();
    // It glides between iterations of one run (a new run or a new width makes it jump): take a step.
    await l.section.scrollIntoViewIfNeeded();
    await l.button('Step').click();
    await expect(l.count).toHaveText('1 / 72');
    expect(await marker.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toMatch(/^0s(, 0s)*$/);
    // Links into the page jump: the chapters in between are not drawn on the way (src/styles.css).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });

  test('with reduce, nothing moves: no smooth scrolling, no transitions, no animations', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPage(page);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');

    // The charts' current-iteration marker glides when motion is allowed; here it must jump.
    const marker = page.locator('section#lab .chart-current').first();
    await expect(marker).toBeAttached();
    expect(await marker.evaluate((el) => getComputedStyle(el).transitionDuration)).toMatch(/^0s(, 0s)*$/);

    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((el) => {
          const s = getComputedStyle(el);
          const nonZero = (v: string) => v.split(',').some((d) => Number.parseFloat(d) > 0);
          return nonZero(s.transitionDuration) || (nonZero(s.animationDuration) && s.animationName !== 'none')
            ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: transition ${s.transitionDuration}, animation ${s.animationDuration}`
            : null;
        })
        .filter((x) => x !== null),
    );
    expect(moving, 'elements that still transition or animate').toEqual([]);

    // Stepping still works, the marker just moves without a transition.
    const l = lab(page);
    await l.button('Step').click();
    await expect(l.count).toHaveText('1 / 72');
  });
});

test.describe('what stays put while the learning rate changes', () => {
  for (const width of [360, 1280] as const) {
    test(`${width} px: the sliders and the weight and error charts do not move`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openPage(page);
      const l = lab(page);
      const weightSlider = l.section.getByRole('slider', { name: 'Starting weight', exact: true });
      const weightChart = l.section.getByRole('figure', { name: /^Weight by iteration/ });
      const errorChart = l.section.getByRole('figure', { name: /^Error by iteration/ });
      // Measured from the top of the lab's grid, so that chapters above it rendering meanwhile change nothing.
      const tops = async () => {
        const top = (el: Element) => Math.round(el.getBoundingClientRect().top - (el.closest('.lab')?.getBoundingClientRect().top ?? 0));
        return {
          'learning-rate slider': await l.alphaSlider.evaluate(top),
          'starting-weight slider': await weightSlider.evaluate(top),
          'weight chart': await weightChart.evaluate(top),
          'error chart': await errorChart.evaluate(top),
        };
      };
      await l.alphaSlider.scrollIntoViewIfNeeded();
      // The charts take their width from a ResizeObserver once they are on the page: let them settle.
      let previous = '';
      await expect
        .poll(
          async () => {
            const now = JSON.stringify(await tops());
            const settled = now === previous;
            previous = now;
            return settled;
          },
          { intervals: [100] },
        )
        .toBe(true);
      const start = await tops();
      // The page opens on the article's preset; the first key leaves it ("Your own settings."). End makes the run
      // diverge, Home makes it the slowest, Page Up lands in between.
      await l.alphaSlider.focus();
      for (const key of ['ArrowRight', 'End', 'Home', 'PageUp']) {
        await page.keyboard.press(key);
        await expect(l.preset('The article’s run')).toHaveAttribute('aria-pressed', 'false');
        expect(await tops(), `after ${key}`).toEqual(start);
      }
    });
  }
});

test.describe('what stays put while the reader steps through a run', () => {
  for (const width of [360, 1280] as const) {
    test(`${width} px: the iteration's numbers keep their height to the end of the run`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openPage(page);
      const l = lab(page);
      const panel = l.section.getByRole('region', { name: /^Iteration \d+$/ });
      await panel.scrollIntoViewIfNeeded();
      const height = () => panel.evaluate((el) => Math.round(el.getBoundingClientRect().height));
      const start = await height();
      await l.button('Step').click();
      await expect(l.iterationHeading).toHaveText('Iteration 1');
      expect(await height(), 'at iteration 1').toBe(start);
      // The last iteration's next weight is unchanged (delta is 0): a note that once took a line of its own.
      await l.button('Run to end').click();
      await expect(l.iterationHeading).toHaveText('Iteration 72');
      await expect(panel).toContainText('unchanged: delta is 0');
      expect(await height(), 'at iteration 72').toBe(start);
    });

    test(`${width} px: with the table's rows at the top of the screen, a step does not scroll the page`, async ({ page }) => {
      await page.setViewportSize({ width, height: 720 });
      await openPage(page);
      const l = lab(page);
      await l.table.scrollIntoViewIfNeeded();
      // The third row at the top of the screen: the rows above it leave the table as the window moves down the run.
      // The shortcuts work with the focus on the table; focusing it must not scroll the page either.
      await l.table.locator('tbody tr').nth(2).evaluate((row) => {
        row.scrollIntoView({ block: 'start' });
        row.closest<HTMLElement>('.table-scroll')?.focus({ preventScroll: true });
      });
      const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
      const before = await scrollY();
      // From iteration 5 on, each step moves the table's window of nine rows down by one.
      for (let i = 1; i <= 8; i++) {
        await page.keyboard.press('l');
        await expect(l.currentRow).toHaveText(String(i));
        expect(await scrollY(), `after step ${i}`).toBe(before);
      }
    });
  }
});
