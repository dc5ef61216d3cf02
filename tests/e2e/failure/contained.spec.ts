import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readerArrives } from '../support/fixtures.ts';

/**
 * Failures contained: in the failure-test build, `?break=<chapter id>` makes that chapter throw
 * while rendering. Its ChapterBoundary must show a message and a retry button, and every other
 * chapter must keep working. The strict fixture is not used here, because React and the boundary
 * log the deliberate error; instead every console error must be that error.
 */

const THROWER_MESSAGE = 'Deliberate failure for the failure-containment test';
const root = fileURLToPath(new URL('../../../', import.meta.url));


interface Watched {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly dialogs: string[];
}

function watch(page: Page): Watched {
  const watched: Watched = { consoleErrors: [], pageErrors: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watched.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watched.pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  return watched;
}

/** Only the deliberate failure may be logged, and nothing may escape as an uncaught error. */
function expectOnlyTheDeliberateFailure(watched: Watched, expectLogged: boolean): void {
  expect(watched.pageErrors, 'uncaught errors').toEqual([]);
  expect(watched.dialogs, 'dialogs').toEqual([]);
  expect(watched.consoleErrors.filter((e) => !e.includes(THROWER_MESSAGE)), 'console errors other than the deliberate one').toEqual([]);
  if (expectLogged) expect(watched.consoleErrors.length, 'the deliberate failure is logged').toBeGreaterThan(0);
}

function failureIn(page: Page, title: string) {
  return {
    message: page.getByRole('alert').filter({ hasText: `Something went wrong in “${title}”. The rest of the page still works.` }),
    retry: page.getByRole('button', { name: `Try “${title}” again`, exact: true }),
  };
}

async function predictSentenceFollows(page: Page): Promise<void> {
  const budget = page.getByRole('textbox', { name: 'Budget in the sentence', exact: true });
  await budget.fill('300000');
  await budget.press('Enter');
  await expect(page.locator('section#predict')).toContainText('is predicted to gross $750,000.');
}

test.describe('a chapter that fails while rendering', () => {
  test('the lab fails alone: a message and a retry button, and the other chapters still work', async ({ page }) => {
    const watched = watch(page);
    await page.goto('./?break=lab');
    await readerArrives(page);
    const lab = failureIn(page, 'The training lab');
    await expect(lab.message).toBeVisible();
    await expect(lab.retry).toBeVisible();
    await expect(page.locator('section#lab').getByRole('alert')).toHaveCount(1);
    // Only the lab failed; every other chapter rendered.
    await expect(page.locator('.loading')).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: /^Something went wrong in/ })).toHaveCount(1);

    await predictSentenceFollows(page);
    const weight = page.getByRole('textbox', { name: 'Weight to try on Mad Max, exact value', exact: true });
    await weight.fill('400');
    await weight.press('Enter');
    await expect(page.locator('section#compare')).toContainText('$80,000,000');

    // Trying again renders the chapter again; here it fails again, and stays contained.
    await lab.retry.click();
    await expect(lab.message).toBeVisible();
    await predictSentenceFollows(page);
    expectOnlyTheDeliberateFailure(watched, true);
  });

  test('Predict fails alone, and the lab still trains', async ({ page }) => {
    const watched = watch(page);
    await page.goto('./?break=predict');
    await readerArrives(page);
    await expect(failureIn(page, 'Predict').message).toBeVisible();
    await expect(failureIn(page, 'Predict').retry).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /^Something went wrong in/ })).toHaveCount(1);
    await page.locator('section#lab').getByRole('button', { name: 'Run to end', exact: true }).click();
    await expect(page.locator('section#lab .playback__count')).toHaveText('72 / 72');
    await expect(page.locator('section#lab').getByRole('heading', { name: /^How this run ends:/ })).toBeVisible();
    expectOnlyTheDeliberateFailure(watched, true);
  });

  test('without ?break the test build fails nowhere', async ({ page }) => {
    const watched = watch(page);
    await page.goto('./');
    await readerArrives(page);
    await expect(page.locator('section#lab').getByRole('heading', { name: /^How this run ends:/ })).toBeVisible();
    await expect(page.locator('.loading')).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: /^Something went wrong in/ })).toHaveCount(0);
    expect(watched.consoleErrors).toEqual([]);
    expectOnlyTheDeliberateFailure(watched, false);
  });
});

/** Every file under a folder, as text. */
function filesUnder(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [{ path, text: readFileSync(path, 'latin1') }];
  });
}

test('a normal build carries no trace of the thrower; the test build does', () => {
  const normal = resolve(root, process.env.DIST_DIR ?? 'dist');
  const failure = resolve(root, process.env.FAILURE_DIST_DIR ?? 'node_modules/.cache/dist-failure');
  expect(existsSync(join(normal, 'index.html')), `${normal} has been built`).toBe(true);
  const traces = filesUnder(normal).filter((f) => f.text.includes(THROWER_MESSAGE) || f.text.includes('failure-test'));
  expect(traces.map((f) => f.path)).toEqual([]);
  expect(filesUnder(failure).some((f) => f.text.includes(THROWER_MESSAGE)), `${failure} contains the thrower`).toBe(true);
});
