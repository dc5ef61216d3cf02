import { expect, lab, openPage, readOriginalTrace, test } from './support/fixtures.ts';

test.describe('the article’s run in the lab', () => {
  test('Run to end reaches the goal exactly after 72 updates', async ({ page }) => {
    await openPage(page);
    const l = lab(page);
    await expect(l.preset('The article’s run')).toHaveAttribute('aria-pressed', 'true');
    await expect(l.count).toHaveText('0 / 72');

    await l.button('Run to end').click();
    await expect(l.count).toHaveText('72 / 72');
    await expect(l.iterationHeading).toHaveText('Iteration 72');
    await expect(l.stopTitle).toContainText('Reached the goal exactly');
    await expect(l.stopPanel).toContainText('After 72 updates, the 73rd prediction (iteration 72) equals the goal, $99,750,000, exactly.');
    await expect(l.stopPanel).toContainText('Final weight: 498.75.');
    await expect(l.button('Run to end')).toBeDisabled();
    await expect(l.button('Step')).toBeDisabled();
    await expect(l.scrubber).toHaveAttribute('aria-valuetext', 'Iteration 72 of 72');
    // The current row of the table is the last one.
    await expect(l.currentRow).toHaveText('72');
  });

  test('the program output equals the article’s printout, character for character', async ({ page }) => {
    const expected = readOriginalTrace();
    const expectedLines = expected.replace(/\n$/, '').split('\n');
    expect(expectedLines).toHaveLength(74);

    await openPage(page);
    const l = lab(page);
    await l.programSummary.click();
    await expect(l.programLines).toBeVisible();

    // At iteration 0 the program has printed its first line only; lines appear as the run is stepped.
    await expect.poll(() => l.programLines.textContent()).toBe(expectedLines[0]);
    for (let i = 0; i < 3; i += 1) await l.button('Step').click();
    await expect(l.count).toHaveText('3 / 72');
    await expect.poll(() => l.programLines.textContent()).toBe(expectedLines.slice(0, 4).join('\n'));

    // At the last iteration: every line, then the completion line.
    await l.button('Run to end').click();
    await expect(l.count).toHaveText('72 / 72');
    const printed = await l.programLines.textContent();
    expect(printed).not.toBeNull();
    expect(`${printed ?? ''}\n`).toBe(expected);
    expect((printed ?? '').split('\n').at(-1)).toBe('Training Complete, final weight: 498.75');
    await expect(page.getByRole('button', { name: 'Copy all 74 lines' })).toBeVisible();
  });
});
