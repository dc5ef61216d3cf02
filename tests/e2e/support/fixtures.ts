import { test as base, expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What went wrong in the page while a test ran; every test must end with all of these empty. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Requests to anywhere but the preview server on 127.0.0.1. */
  readonly foreignRequests: string[];
  /** alert(), confirm(), prompt() or beforeunload dialogs: none should ever open. */
  readonly dialogs: string[];
}

const LOCAL_HOST = '127.0.0.1';

function isForeign(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  // In-page resources (a CSV blob, an inline data: image) never leave the machine.
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return false;
  return parsed.hostname !== LOCAL_HOST;
}

/**
 * The project's `test`: every test gets a page whose console errors, uncaught exceptions,
 * dialogs and requests to other hosts are recorded, and fails at the end if there were any.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page }, use) => {
      const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [], dialogs: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => {
        problems.pageErrors.push(String(error.stack ?? error));
      });
      page.on('request', (request) => {
        if (isForeign(request.url())) problems.foreignRequests.push(`${request.method()} ${request.url()}`);
      });
      page.on('dialog', (dialog) => {
        problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      await use(problems);
      // One assertion, so the failure shows every kind of problem at once.
      expect(problems, `console errors, page errors, requests to hosts other than ${LOCAL_HOST}, dialogs`).toEqual({
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        dialogs: [],
      });
    },
    { auto: true },
  ],
});

export { expect };

/** The article program's exact output, as committed in tests/fixtures. */
export function readOriginalTrace(): string {
  return readFileSync(fileURLToPath(new URL('../../fixtures/original-trace.txt', import.meta.url)), 'utf8');
}

/** Locators for the training lab, by role and accessible name wherever the page gives one. */
export function lab(page: Page) {
  // Scoped to the lab's section: chapters further down have playback controls of their own.
  const section = page.locator('section#lab');
  const table = section.getByRole('region', { name: 'Iterations around the current one', exact: true });
  const programSummary = section.getByText('The run as the article’s program printed it', { exact: true });
  return {
    section,
    /** The "How this run ends: …" verdict. */
    stopPanel: section.getByRole('region', { name: /^How this run ends:/ }),
    stopTitle: section.getByRole('heading', { name: /^How this run ends:/ }),
    iterationHeading: section.locator('#iteration-title'),
    /** "index / last" next to the iteration scrubber. */
    count: section.locator('.playback__count'),
    scrubber: section.getByRole('slider', { name: 'Iteration', exact: true }),
    alphaSlider: section.getByRole('slider', { name: 'Learning rate', exact: true }),
    alphaBox: section.getByRole('textbox', { name: 'Learning rate, exact value', exact: true }),
    button: (name: string) => section.getByRole('button', { name, exact: true }),
    playPause: section.getByRole('button', { name: /^(Play|Pause)$/ }),
    preset: (name: string) => section.getByRole('button', { name, exact: true }),
    table,
    /** The iteration number of the table's current row. */
    currentRow: table.locator('tr[aria-current="step"] th'),
    programSummary,
    programLines: section.locator('pre.program__lines'),
    /**
     * Opens the program's printout from the keyboard (focus, Enter), which does not depend on
     * where the summary is on the screen. A click does: after a step or Run to end the lab's
     * panels catch up with the run as they come onto the screen, and a press and its release
     * that straddle a move of the page land on different elements.
     */
    openProgram: async () => {
      await programSummary.focus();
      await page.keyboard.press('Enter');
    },
  };
}

/** Opens the page, acts as a reader arriving (see `readerArrives`) and waits until React has rendered the lab. */
export async function openPage(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await readerArrives(page);
  await expect(lab(page).stopPanel).toBeVisible();
}

/**
 * Acts as a reader does on arriving. Only the chapters near the screen render by themselves; the
 * others wait for the reader's first scroll, key or touch (`createChapterMounter` in
 * src/layout/chapterMounting.ts), then render one per idle moment while the reader is still. A
 * Shift key on its own changes nothing else: focus, scroll position and state stay as they were.
 */
export async function readerArrives(page: Page): Promise<void> {
  // The page listens from the moment its script starts, and by then the chapter nearest the screen
  // has begun to render: a key pressed before that would go unheard.
  await expect.poll(() => page.evaluate(startedRendering), { timeout: 15_000 }).toBe(true);
  await page.keyboard.press('Shift');
}

/** In the page: whether any chapter has left its prerendered placeholder. */
function startedRendering(): boolean {
  return document.querySelectorAll('.loading').length < document.querySelectorAll('.chapter__body').length;
}

/** Acts as a reader does on arriving, then waits until every chapter has rendered. */
export async function renderEveryChapter(page: Page): Promise<void> {
  await readerArrives(page);
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
}

/**
 * Renders every chapter, then has the browser lay out and paint all of them:
 * chapters far from the screen are skipped (`content-visibility: auto` in src/styles.css), which
 * would leave them blank in a full-page screenshot and hide them from checks of the whole page.
 */
export async function showWholePage(page: Page): Promise<void> {
  await renderEveryChapter(page);
  await page.evaluate(() => {
    for (const body of document.querySelectorAll<HTMLElement>('.chapter__body')) body.style.contentVisibility = 'visible';
  });
}

/**
 * The value of one query key in the page's address, for `expect.poll`: the page writes its address
 * after a debounce, and a loaded machine may take longer than the debounce, so tests wait for the
 * value rather than for a fixed time.
 */
export function addressParam(page: Page, key: string): () => string | null {
  return () => new URL(page.url()).searchParams.get(key);
}

/** Types a value into a text box by keyboard and commits it with Enter. */
export async function typeAndEnter(box: Locator, text: string): Promise<void> {
  await box.fill(text);
  await box.press('Enter');
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would, and fails
 * if it takes more than `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`${String(target)} did not receive focus within ${max} ${backwards ? 'Shift+Tab' : 'Tab'} presses`);
}

/** The focused element's computed outline, to check that focus is visible. */
export async function focusOutline(target: Locator): Promise<{ style: string; width: string; focused: boolean }> {
  return target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: style.outlineWidth, focused: el === document.activeElement };
  });
}

export async function expectVisibleFocus(target: Locator): Promise<void> {
  const outline = await focusOutline(target);
  expect(outline.focused, `${String(target)} should have the focus`).toBe(true);
  expect(outline.style, `${String(target)} should show a focus outline`).not.toBe('none');
  expect(Number.parseFloat(outline.width), `${String(target)} focus outline width`).toBeGreaterThan(0);
}

/**
 * WCAG 2.1 A and AA, and axe's best practices: among them, landmarks with names of their own
 * (two panels once both said "Iteration 0"), which a screen reader's list of landmarks needs.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe on the page and fails with a readable list of the violations, if any. */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  // A scan of the whole page took 5 to 15 s on these shared 2-core machines, and up to twice that
  // while other work ran beside it: each scan brings its own time, so a test of several states
  // does not run out of the default 60 s.
  testInfo.setTimeout(testInfo.timeout + 30_000);
  await showWholePage(page);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary })),
  }));
  if (report.length > 0) {
    await testInfo.attach(`axe-${label}.json`, { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
  }
  const message = report
    .map(
      (v) =>
        `[${v.impact ?? '?'}] ${v.id}: ${v.help}\n${v.nodes
          .map((n) => `    ${n.target}\n      ${n.html}\n      ${(n.summary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n')}`,
    )
    .join('\n');
  expect(report.map((v) => v.id), `axe violations (${label}):\n${message}`).toEqual([]);
}

/** Attribute values inside the page's SVGs that are not finite numbers. */
export async function nonFiniteSvgAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll('svg, svg *')) {
      for (const attr of el.attributes) {
        if (/NaN|Infinity/.test(attr.value)) bad.push(`<${el.tagName} ${attr.name}="${attr.value.slice(0, 80)}">`);
      }
    }
    return bad;
  });
}

/** The same check on the serialised markup (`page.content()`), attribute values only. */
export function nonFiniteAttributesInMarkup(html: string): string[] {
  return [...html.matchAll(/\s([\w:-]+)="([^"]*(?:NaN|Infinity)[^"]*)"/g)].map((m) => `${m[1]}="${(m[2] ?? '').slice(0, 80)}"`);
}
