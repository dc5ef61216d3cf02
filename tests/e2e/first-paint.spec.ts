import { test as plainTest } from '@playwright/test';
import { expect, lab, renderEveryChapter, test } from './support/fixtures.ts';

/**
 * The built index.html holds the page's header, contents and chapter placeholders, and its own
 * stylesheet, so it paints before any script has arrived (scripts/vitePlugins.ts); the chapters
 * near the screen then render, and the rest once the reader scrolls, presses a key or touches the
 * page (src/layout/chapterMounting.ts).
 */

test('the page draws a frame before it requests any script; far chapters wait for the reader, then all render', async ({ page }) => {
  // The time of the page's first animation frame, recorded before any of the page's own scripts run.
  await page.addInitScript(() => {
    requestAnimationFrame((time) => {
      (window as unknown as { firstFrame?: number }).firstFrame = time;
    });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The chapter under the header is near the screen: it renders with no help from the reader.
  await expect(page.locator('section#predict .loading')).toHaveCount(0, { timeout: 15_000 });
  const timing = await page.evaluate(() => {
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => entry.startTime);
    return {
      firstFrame: (window as unknown as { firstFrame?: number }).firstFrame ?? null,
      paint: performance.getEntriesByName('first-contentful-paint').length,
      firstScript: Math.min(...scripts),
      scripts: scripts.length,
    };
  });
  expect(timing.paint, 'a first contentful paint').toBe(1);
  expect(timing.scripts).toBeGreaterThan(0);
  expect(timing.firstFrame, 'a first frame').not.toBeNull();
  expect(timing.firstScript, 'the first script is requested after the first frame').toBeGreaterThanOrEqual(timing.firstFrame ?? Infinity);

  // Five idle moments pass (each also the longest wait the mounter allows): before the reader has
  // done anything, the chapters far below stay placeholders.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let left = 5;
        const next = () => {
          left -= 1;
          if (left === 0) resolve();
          else requestIdleCallback(next, { timeout: 1500 });
        };
        requestIdleCallback(next, { timeout: 1500 });
      }),
  );
  await expect(page.locator('section#lab .loading')).toHaveCount(1);
  await expect(page.locator('section#several-outputs svg')).toHaveCount(0);

  // The reader acts (a key, a scroll, a touch): every chapter renders without being scrolled to.
  await renderEveryChapter(page);
  await expect(page.getByRole('textbox', { name: 'Budget in the sentence' })).toBeAttached();
  await expect(page.locator('section#several-outputs svg').first()).toBeAttached();
});

test('a key pressed before the page has had an idle moment still counts as the reader acting', async ({ page }) => {
  // On a busy machine the first idle moment can come long after the chapter under the header has
  // started to render. Idle callbacks held back by 3 s make that wait certain: a reader's key in
  // that time must not be lost, or the chapters below would wait for another key, scroll or touch.
  await page.addInitScript(() => {
    const idle = window.requestIdleCallback.bind(window);
    const start = performance.now();
    window.requestIdleCallback = (callback, options) => {
      const wait = Math.max(0, 3000 - (performance.now() - start));
      const handle = window.setTimeout(() => idle(callback, options), wait);
      return handle;
    };
  });
  await page.goto('./');
  await expect(page.locator('section#predict .loading')).toHaveCount(0, { timeout: 15_000 });
  await page.keyboard.press('Shift');
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
});

test('printed before the reader has acted, a far chapter says it is missing, and printing renders it for the next print', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('section#predict .loading')).toHaveCount(0, { timeout: 15_000 });
  const placeholder = page.locator('section#lab .loading');
  await expect(placeholder).toHaveCount(1);
  // What the placeholder shows (its parts not hidden by the stylesheet), and its height. Read from
  // styles and boxes: the chapter far below is not painted, so it has no rendered text to read.
  const shown = () =>
    placeholder.evaluate((p) => ({
      text: [...p.children].filter((part) => getComputedStyle(part).display !== 'none').map((part) => part.textContent),
      height: p.getBoundingClientRect().height,
    }));
  const onScreen = await shown();
  expect(onScreen.text).toEqual(['Loading “The training lab”…']);
  expect(onScreen.height, 'on screen, the chapter’s usual height').toBeGreaterThan(500);

  await page.emulateMedia({ media: 'print' });
  const printed = await shown();
  expect(printed.text).toEqual(['“The training lab” had not been drawn yet when this page was printed. Print again in a few seconds to include it.']);
  expect(printed.height, 'on paper, one line rather than the chapter’s height of blank space').toBeLessThan(100);

  // The browser announces the print; the chapters then render, as after a first scroll or key.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
  await expect(lab(page).stopPanel).toBeAttached();
});

test('a link into the lab lands on the lab, which renders first', async ({ page }) => {
  await page.goto('./#lab');
  await expect(lab(page).stopPanel).toBeVisible();
  const top = await lab(page).section.evaluate((section) => section.getBoundingClientRect().top);
  // The lab's heading is at the top of the screen (within the height of a line or two).
  expect(Math.abs(top)).toBeLessThan(80);
});

plainTest.describe('without JavaScript', () => {
  plainTest.use({ javaScriptEnabled: false });

  plainTest('the title, the opening, the contents and every chapter heading are there, and a note for browsers without scripts', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Predict · Compare · Learn');
    await expect(page.getByText(/^Machine learning can look like magic from the outside\./)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Chapters' }).getByRole('link')).toHaveCount(9);
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(9);
    // Playwright cannot make the parser treat the page as scriptless, so <noscript> is checked in the served page.
    const html = await (await page.request.get('./')).text();
    expect(html).toMatch(/<noscript>.*The chapters of this page are interactive and need JavaScript\..*<\/noscript>/);
    await expect(page.getByText('Raul Chedrese', { exact: false })).toBeVisible();
    // Printed, a placeholder does not ask for a second print that could not help.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('section#lab .loading .loading__print')).toBeHidden();
    await expect(page.locator('section#lab .loading .loading__screen')).toHaveText('Loading “The training lab”…');
  });
});
