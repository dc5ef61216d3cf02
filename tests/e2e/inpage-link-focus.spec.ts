import type { Locator, Page } from '@playwright/test';
import { expect, lab, tabTo, test } from './support/fixtures.ts';

/**
 * A link into the page (the skip link, the contents, an address ending in `#lab`) moves where the
 * next Tab starts from, not the focus. A chapter is a placeholder until it renders, and so are the
 * chapters below it that have not rendered; with nothing after the starting point to stop at, the
 * browser's Tab went back to the top of the page, to the skip link. Until a chapter renders, its
 * heading takes the Tab instead (src/layout/chapterTabStops.ts).
 *
 * Each test holds back one chapter's code, as a slow network would, so that the Tab certainly
 * comes before the chapter has rendered; then lets it through, and Tab goes on into the chapter.
 */

/**
 * Holds back the code of one chapter (`Lab` for src/lab/Lab.tsx, built as assets/Lab-….js) until
 * the returned function is called: until then the chapter stays a placeholder.
 */
async function holdChapterCode(page: Page, file: string): Promise<() => void> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(new RegExp(`/assets/${file}-[\\w-]+\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Waits until the page's script has started: some chapter has left its placeholder. Until then
 * nothing on the page answers a key, and no key of the reader's is pressed before.
 */
async function scriptStarted(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('.loading').length < document.querySelectorAll('.chapter__body').length), {
      timeout: 15_000,
    })
    .toBe(true);
}

/** Where the focus is: the id of the chapter around it, or the text of what has it outside the chapters (the skip link, say). */
function whereFocusIs(page: Page): () => Promise<string> {
  return () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      if (focused === null) return 'nowhere';
      return focused.closest('section.chapter')?.id ?? `outside the chapters, on “${focused.textContent.trim().slice(0, 40)}”`;
    });
}

/** The chapter's heading, which the focus reaches only by script. */
function chapterHeading(page: Page, id: string) {
  return page.locator(`section#${id} > h2`);
}

/** Something inside the chapter's body has the focus (not its heading). */
function focusInBody(page: Page, id: string) {
  return page.locator(`section#${id} .chapter__body :focus`);
}

/** How far below the top of the screen the focus ring around `element` starts, in CSS pixels. */
function focusRingTop(element: Locator): Promise<number> {
  return element.evaluate((e) => {
    const style = getComputedStyle(e);
    return e.getBoundingClientRect().top - parseFloat(style.outlineOffset) - parseFloat(style.outlineWidth);
  });
}

async function skipLinkThenTab(page: Page): Promise<void> {
  const release = await holdChapterCode(page, 'Lab');
  await page.goto('./');
  await scriptStarted(page);

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the training lab' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#lab$/);
  await expect(page.locator('section#lab .loading')).toHaveCount(1);

  // Tab before the lab has rendered: its heading, where the link led, not the skip link again.
  await page.keyboard.press('Tab');
  await expect.poll(whereFocusIs(page)).toBe('lab');
  const heading = chapterHeading(page, 'lab');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // Its focus ring is whole: the link left room above the heading for it.
  await expect.poll(() => focusRingTop(heading)).toBeGreaterThanOrEqual(0);

  // The lab renders around its heading, which keeps the focus; the next Tab is the lab's first control.
  release();
  await expect(lab(page).stopPanel).toBeVisible();
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(lab(page).preset('The article’s run')).toBeFocused();
}

/**
 * Follows the contents link `linkName` to chapter `target` while the code of `held.chapter` (the
 * target or one after it) is held back; a Tab then goes to that chapter's heading, and once the
 * chapter has rendered, the next Tab goes into it.
 */
async function contentsLinkThenTab(page: Page, linkName: string, target: string, held: { file: string; chapter: string }): Promise<void> {
  const release = await holdChapterCode(page, held.file);
  await page.goto('./');
  await scriptStarted(page);

  const link = page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: linkName, exact: true });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${target}$`));
  if (target !== held.chapter) await expect(page.locator(`section#${target} .loading`)).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator(`section#${held.chapter} .loading`)).toHaveCount(1);

  await page.keyboard.press('Tab');
  await expect.poll(whereFocusIs(page)).toBe(held.chapter);
  await expect(chapterHeading(page, held.chapter)).toBeFocused();

  release();
  await expect(page.locator(`section#${held.chapter} .loading`)).toHaveCount(0, { timeout: 15_000 });
  await page.keyboard.press('Tab');
  await expect(focusInBody(page, held.chapter)).toHaveCount(1);
}

test.describe('a Tab right after a link into the page goes into the chapter the link leads to', () => {
  test('the skip link: to the lab’s heading while the lab is on its way, then to its first control', async ({ page }) => {
    await skipLinkThenTab(page);
  });

  test.describe('on a narrow screen', () => {
    test.use({ viewport: { width: 360, height: 800 } });

    test('the skip link: the same', async ({ page }) => {
      await skipLinkThenTab(page);
    });
  });

  test('a contents link to a chapter far below: its heading, then what it holds', async ({ page }) => {
    await contentsLinkThenTab(page, 'Many examples', 'many', { file: 'ManyExamples', chapter: 'many' });
  });

  test('a chapter with nothing to Tab to, before one still on its way: the next chapter’s heading', async ({ page }) => {
    // The challenges are a list to read, with no control of their own: Tab goes on to the next chapter.
    await contentsLinkThenTab(page, 'Challenges', 'challenges', { file: 'Scaling', chapter: 'scaling' });
  });

  test('an address ending in #lab: the first Tab goes to the lab, not to the top of the page', async ({ page }) => {
    const release = await holdChapterCode(page, 'Lab');
    await page.goto('./#lab');
    await scriptStarted(page);
    await expect(page.locator('section#lab .loading')).toHaveCount(1);

    await page.keyboard.press('Tab');
    await expect.poll(whereFocusIs(page)).toBe('lab');
    await expect(chapterHeading(page, 'lab')).toBeFocused();

    release();
    await expect(lab(page).stopPanel).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(lab(page).preset('The article’s run')).toBeFocused();
  });
});
