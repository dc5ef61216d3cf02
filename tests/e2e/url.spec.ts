import { addressParam, expect, lab, openPage, renderEveryChapter, test, typeAndEnter } from './support/fixtures.ts';

test.describe('links that carry the lab’s place', () => {
  test('alpha and iteration survive a reload and a shared link', async ({ page, context }) => {
    await openPage(page);
    const l = lab(page);
    await typeAndEnter(l.alphaBox, '1.5e-11');
    await expect(l.alphaSlider).toHaveAttribute('aria-valuetext', '1.5\u00a0×\u00a010⁻¹¹');
    // The playback bar shows a new run a frame after the slider: wait until it no longer shows the article's.
    await expect(l.count).not.toHaveText('0 / 72');
    const total = (await l.count.textContent())?.split(' / ')[1];
    expect(Number(total?.replace(/,/g, ''))).toBeGreaterThan(4);
    for (let i = 0; i < 3; i += 1) await l.button('Step').click();
    await expect(l.count).toHaveText(`3 / ${total}`);

    // The address is written after a debounce: wait for it, not for a fixed time.
    await expect.poll(addressParam(page, 'i')).toBe('3');
    const url = new URL(page.url());
    expect(url.searchParams.get('alpha')).toBe('1.5e-11');

    await page.reload();
    await expect(l.alphaBox).toHaveValue('1.5e-11');
    await expect(l.alphaSlider).toHaveAttribute('aria-valuetext', '1.5\u00a0×\u00a010⁻¹¹');
    await expect(l.count).toHaveText(`3 / ${total}`);
    await expect(l.iterationHeading).toHaveText('Iteration 3');
    await expect(page.getByRole('alert')).toHaveCount(0);

    // The same link opened in a fresh tab.
    const shared = await context.newPage();
    await openPage(shared, url.toString());
    await expect(lab(shared).count).toHaveText(`3 / ${total}`);
    await expect(lab(shared).alphaBox).toHaveValue('1.5e-11');
    await shared.close();
  });

  const hostile: readonly { query: string; mentions: string }[] = [
    { query: '?alpha=abc', mentions: '“abc” is not a finite number' },
    { query: '?alpha=Infinity', mentions: '“Infinity” is not a finite number' },
    { query: '?w0=1e308', mentions: 'default parameters are used instead' },
    { query: '?i=-1', mentions: '“-1” is not a whole number' },
    { query: '?alpha=%3Cscript%3Ealert(1)%3C/script%3E', mentions: '“<script>alert(1)</sc…”' },
    { query: '?evil=1', mentions: '“evil”' },
  ];

  for (const { query, mentions } of hostile) {
    test(`a hostile link (${query}) gets a notice and a working page`, async ({ page, problems }) => {
      await openPage(page, `./${query}`);
      const l = lab(page);
      const notice = page.getByRole('alert');
      await expect(notice).toBeVisible();
      await expect(notice).toHaveText(/^Some settings in this link were not used/);
      await expect(notice).toContainText(mentions);

      // Nothing in the link runs as code: no new script elements, no dialog.
      expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => /alert/.test(s.textContent)).length)).toBe(0);
      expect(problems.dialogs).toEqual([]);

      // The lab still works: the run has a stop, and Run to end gets there.
      await expect(l.stopTitle).toBeVisible();
      await l.button('Run to end').click();
      await expect(l.count).toHaveText(/^([\d,]+) \/ \1$/);
      await expect(l.button('Run to end')).toBeDisabled();

      // The notice can be dismissed.
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});

test.describe('links that carry the later chapters’ settings', () => {
  test('a chapter’s keys stay in the address until the chapter, rendered later, reads them', async ({ page }) => {
    // No key, scroll or touch yet: the far chapters have not rendered, while the lab writes the address.
    await page.goto('./?w0=2&many.alpha=0.002&several.alpha=0.0001');
    await expect.poll(addressParam(page, 'alpha')).toBe('1e-11');
    expect(new URL(page.url()).searchParams.get('w0')).toBe('2');
    expect(new URL(page.url()).searchParams.get('many.alpha')).toBe('0.002');
    expect(new URL(page.url()).searchParams.get('several.alpha')).toBe('0.0001');

    // The link, reloaded, still gives each chapter its setting once it renders.
    await page.reload();
    await renderEveryChapter(page);
    await expect(page.getByRole('textbox', { name: 'Learning rate for the films, exact value', exact: true })).toHaveValue('0.002');
    await expect(page.locator('section#several-inputs').getByRole('textbox', { name: 'Learning rate (alpha), exact value', exact: true })).toHaveValue('0.0001');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('Back to an earlier place in the page leaves the address matching the settings in force', async ({ page }) => {
    await openPage(page);
    const l = lab(page);
    // The skip link is a jump to #lab within the page, as the contents' links are.
    await page.getByRole('link', { name: 'Skip to the training lab' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#lab$/);
    await l.preset('Overshoot').click();
    await expect.poll(addressParam(page, 'alpha')).toBe('3.2e-11');

    // Back undoes the jump to #lab, and that history entry's address holds the old settings.
    await page.goBack();
    await expect(page).not.toHaveURL(/#lab$/);
    await expect(l.alphaBox).toHaveValue('3.2e-11');
    await expect.poll(addressParam(page, 'alpha')).toBe('3.2e-11');
  });
});
