import type { Page } from '@playwright/test';
import { addressParam, expect, lab, openPage, renderEveryChapter, test, typeAndEnter } from './support/fixtures.ts';

/**
 * State that survives. The page keeps the lab's place in the address bar only, so:
 * - a reload (or a shared link) restores the parameters and the iteration: covered by
 *   url.spec.ts, "alpha and iteration survive a reload and a shared link", not repeated here;
 * - the page must not need storage: with localStorage, sessionStorage and indexedDB all
 *   throwing (a browser with storage blocked, or a sandboxed frame), the reading flow and the
 *   lab work, with no errors, and the address bar still carries the state across a reload;
 * - if the address bar cannot be written (history.replaceState throws), the page still works.
 */

async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const refuse = (): never => {
      throw new DOMException('Access to storage is denied in this test.', 'SecurityError');
    };
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
      for (const target of [window, Window.prototype]) {
        try {
          Object.defineProperty(target, name, { configurable: true, get: refuse });
        } catch {
          // Not configurable on this target; the other one is enough.
        }
      }
    }
  });
}

async function storageAccess(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const result: Record<string, string> = {};
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
      try {
        const probe: unknown = window[name];
        result[name] = probe === undefined ? 'missing' : 'available';
      } catch (error) {
        result[name] = error instanceof DOMException ? error.name : String(error);
      }
    }
    return result;
  });
}

/** Predict, Compare and Learn, then the lab end to end, then every chapter beyond the article. */
async function readAndTrain(page: Page): Promise<void> {
  await renderEveryChapter(page);
  await typeAndEnter(page.getByRole('textbox', { name: 'Budget in the sentence', exact: true }), '300000');
  await expect(page.locator('section#predict')).toContainText('is predicted to gross $750,000.');
  await typeAndEnter(page.getByRole('textbox', { name: 'Weight to try on Mad Max, exact value', exact: true }), '400');
  await expect(page.locator('section#compare')).toContainText('$80,000,000');
  await typeAndEnter(page.getByRole('textbox', { name: 'Learning rate in the worked example', exact: true }), '2e-11');

  const l = lab(page);
  await l.section.scrollIntoViewIfNeeded();
  await l.preset('Overshoot').click();
  await expect(l.alphaBox).toHaveValue('3.2e-11');
  await l.button('Step').click();
  await l.button('Step').click();
  await l.button('Step back').click();
  await expect(l.count).toHaveText(/^1 \/ [\d,]+$/);
  await l.button('Play').click();
  await expect(l.count).not.toHaveText(/^1 \//);
  await l.button('Pause').click();
  await l.preset('The article’s run').click();
  await l.button('Run to end').click();
  await expect(l.count).toHaveText('72 / 72');
  await expect(l.stopTitle).toHaveText(/^How this run ends:\s*\S/);
  await l.openProgram();
  await expect(l.programLines).toContainText('498.75');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download the whole run/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  // The chapters beyond the article: their own Play and Run to end, wherever they exist.
  const core = new Set(['predict', 'compare', 'learn', 'lab', 'challenges']);
  const ids = await page.locator('main > section').evaluateAll((sections) => sections.map((s) => s.id));
  for (const id of ids.filter((i) => !core.has(i))) {
    const section = page.locator(`section#${id}`);
    for (const name of [/^Play\b/, /^Run to end\b/]) {
      const button = section.getByRole('button', { name }).first();
      if ((await button.count()) > 0 && (await button.isEnabled())) await button.click();
    }
  }
  await expect(page.getByRole('alert').filter({ hasText: /^Something went wrong/ })).toHaveCount(0);
}

test.describe('state that survives', () => {
  test('with localStorage, sessionStorage and indexedDB blocked, the page reads, trains and keeps its place', async ({ page }) => {
    await blockStorage(page);
    await openPage(page);
    expect(await storageAccess(page), 'storage is blocked for the page').toEqual({
      localStorage: 'SecurityError',
      sessionStorage: 'SecurityError',
      indexedDB: 'SecurityError',
    });
    await readAndTrain(page);

    // The address bar still carries the lab's place, and a reload restores it.
    const l = lab(page);
    await typeAndEnter(l.alphaBox, '1.5e-11');
    await l.button('Reset').click();
    for (let i = 0; i < 3; i += 1) await l.button('Step').click();
    await expect(l.count).toHaveText(/^3 \/ [\d,]+$/);
    const counted = (await l.count.textContent()) ?? '';
    // The iteration is the last thing to change, so once it is in the address, all of it is.
    await expect.poll(addressParam(page, 'i')).toBe('3');
    expect(new URL(page.url()).searchParams.get('alpha')).toBe('1.5e-11');
    await page.reload();
    await expect(l.count).toHaveText(counted);
    await expect(l.alphaBox).toHaveValue('1.5e-11');
    expect(await storageAccess(page)).toEqual({ localStorage: 'SecurityError', sessionStorage: 'SecurityError', indexedDB: 'SecurityError' });
  });

  test('when the address bar cannot be written, the page still works', async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = (): never => {
        const counted = window as unknown as { refusedHistoryWrites?: number };
        counted.refusedHistoryWrites = (counted.refusedHistoryWrites ?? 0) + 1;
        throw new DOMException('History changes are not allowed in this test.', 'SecurityError');
      };
      history.replaceState = refuse;
      history.pushState = refuse;
    });
    await openPage(page);
    await readAndTrain(page);
    // Wait until the page has tried to write the address (and been refused), then check it still works.
    await expect.poll(() => page.evaluate(() => (window as unknown as { refusedHistoryWrites?: number }).refusedHistoryWrites ?? 0)).toBeGreaterThan(0);
    await expect(lab(page).count).toHaveText('72 / 72');
    await lab(page).button('Reset').click();
    await expect(lab(page).count).toHaveText('0 / 72');
  });
});
