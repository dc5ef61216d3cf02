import { test as plainTest } from '@playwright/test';
import { expect, lab, openPage, test } from './support/fixtures.ts';

/**
 * The built index.html holds the page's header, contents and chapter placeholders, and its own
 * stylesheet, so it paints before any script has arrived (scripts/vitePlugins.ts); the chapters
 * then render near the screen first and the rest while the browser is idle (src/App.tsx).
 */

test('the page draws a frame before it requests any script, then every chapter renders', async ({ page }) => {
  // The time of the page's first animation frame, recorded before any of the page's own scripts run.
  await page.addInitScript(() => {
    requestAnimationFrame((time) => {
      (window as unknown as { firstFrame?: number }).firstFrame = time;
    });
  });
  await openPage(page);
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
  // Every chapter renders without being scrolled to: placeholders go, content comes.
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('textbox', { name: 'Budget in the sentence' })).toBeAttached();
  await expect(page.locator('section#several-outputs svg').first()).toBeAttached();
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
  });
});
