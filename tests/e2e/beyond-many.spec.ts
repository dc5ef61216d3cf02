import type { Page } from '@playwright/test';
import { addressParam, expect, expectNoAxeViolations, expectVisibleFocus, nonFiniteSvgAttributes, readerArrives, tabTo, test, typeAndEnter } from './support/fixtures.ts';

/**
 * "Many examples", beyond the article: one weight trained on twenty films, all at once or one at
 * a time, on the reader's own data if they like. Everything is found inside the chapter's
 * section by role and name; the chapter's controls are named apart from the lab's.
 */

function many(page: Page) {
  const section = page.locator('section#many');
  const group = section.getByRole('group', { name: 'Many examples playback' });
  return {
    section,
    button: (name: string) => group.getByRole('button', { name: `${name}, many examples`, exact: true }),
    playPause: group.getByRole('button', { name: /^(Play|Pause), many examples$/ }),
    scrubber: group.getByRole('slider', { name: 'Iteration, many examples', exact: true }),
    count: group.locator('.playback__count'),
    stop: section.getByRole('heading', { name: /^How the films’ run ends:/ }),
    best: section.locator('.many-best strong'),
    alphaSlider: section.getByRole('slider', { name: 'Learning rate for the films', exact: true }),
    alphaBox: section.getByRole('textbox', { name: 'Learning rate for the films, exact value', exact: true }),
    seedBox: section.getByRole('textbox', { name: 'Seed of the shuffle', exact: true }),
    radio: (name: RegExp | string) => section.getByRole('radio', { name }),
    summary: section.locator('.many-data__summary'),
    rows: section.getByRole('table').locator('tbody tr'),
    budget: (title: string) => section.getByRole('textbox', { name: `Budget of ${title}, millions of dollars`, exact: true }),
    gross: (title: string) => section.getByRole('textbox', { name: `Gross of ${title}, millions of dollars`, exact: true }),
    title: (row: number) => section.getByRole('textbox', { name: `Title of row ${row}`, exact: true }),
    remove: (title: string) => section.getByRole('button', { name: `Remove ${title}`, exact: true }),
    csv: section.getByRole('textbox', { name: 'Paste CSV', exact: true }),
    /** The iteration panel's value for a term. */
    number: (term: string) => section.locator('.iteration dt', { hasText: new RegExp(`^${term}$`) }).locator('+ dd'),
    chart: (name: string) => section.getByRole('figure', { name }),
  };
}

/**
 * Opens the page, acts as a reader arriving and waits for the chapter: far from the screen, a
 * chapter renders at an idle moment once the reader has acted, and on a busy machine (two test
 * workers) that can take longer than the default 5 s, as in `showWholePage`.
 */
async function openChapter(page: Page, path = './'): Promise<ReturnType<typeof many>> {
  await page.goto(path);
  await readerArrives(page);
  const m = many(page);
  await expect(m.summary).toBeVisible({ timeout: 15_000 });
  await m.section.scrollIntoViewIfNeeded();
  return m;
}

/**
 * NaN or Infinity anywhere in the chapter a reader could see or hear: its text and attributes
 * (SVG geometry, aria-labels, valuetexts). What a reader typed may be quoted back in curly
 * quotes, and the boxes hold what was typed; both are left out.
 */
async function nonFiniteInChapter(page: Page): Promise<string[]> {
  return page.locator('section#many').evaluate((root) => {
    // Chapters far from the screen skip rendering (content-visibility), and innerText would skip them too.
    for (const body of document.querySelectorAll<HTMLElement>('.chapter__body')) body.style.contentVisibility = 'visible';
    const strip = (text: string) => text.replace(/“[^”]*”/g, '“…”').replace(/NaN and Infinity cannot be used/g, '');
    const found: string[] = [];
    for (const m of strip((root as HTMLElement).innerText).matchAll(/[^\n]{0,40}(?:NaN|Infinity)[^\n]{0,40}/g)) found.push(`text: ${m[0]}`);
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) continue;
      for (const attr of el.attributes) {
        if (/NaN|Infinity/.test(strip(attr.value))) found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 80)}">`);
      }
    }
    return found;
  });
}

/** The weight of the iteration on show, read back as a number. */
async function weightShown(m: ReturnType<typeof many>): Promise<number> {
  return Number((await m.number('Weight').innerText()).replace(/,/g, '').replace('−', '-'));
}

async function expectClean(page: Page, where: string): Promise<void> {
  expect.soft(await nonFiniteInChapter(page), `NaN or Infinity in the chapter (${where})`).toEqual([]);
  expect.soft(await nonFiniteSvgAttributes(page), `SVG attributes with NaN or Infinity (${where})`).toEqual([]);
}

test.describe('Many examples', () => {
  test('all films at once settles on the best weight shown, and the charts follow', async ({ page }) => {
    const m = await openChapter(page);
    await expect(m.best).toHaveText('6.39382');
    await expect(m.count).toHaveText('0 / 188');
    await expect(m.chart('The films and the model’s line').getByRole('img')).toHaveAttribute(
      'aria-label',
      /gross = 1 × budget, runs below 20 and above 0 of them.*no film sits on it\.$/,
    );
    await m.button('Step').click();
    await expect(m.count).toHaveText('1 / 188');
    await m.button('Run to end').click();
    await expect(m.count).toHaveText('188 / 188');
    await expect(m.stop).toContainText('Settled at the best weight');
    expect((await weightShown(m)).toPrecision(6)).toBe('6.39382');
    await expect(m.number('Mean squared error')).toHaveText('27,190');
    await expect(m.chart('Mean squared error by iteration').getByRole('img')).toHaveAttribute(
      'aria-label',
      /at iteration 188 it is 27,190; the lowest possible, at the best weight, is 27,190\.$/,
    );
    await expectClean(page, 'end of the batch run');
  });

  test('one film at a time, shuffled with a seed, is reproducible, also from the link', async ({ page, context }) => {
    const m = await openChapter(page);
    await m.radio(/^One film at a time/).check();
    await typeAndEnter(m.alphaBox, '0.0005');
    await m.radio(/^Shuffled/).check();
    await typeAndEnter(m.seedBox, '42');
    await expect(m.count).toHaveText('0 / 20,000');
    await m.button('Run to end').click();
    await expect(m.stop).toContainText('Still jittering at the cap');
    const first = await m.number('Weight').innerText();
    await m.section.getByRole('button', { name: 'Another seed' }).click();
    await expect(m.seedBox).toHaveValue('43');
    // A new seed retrains at once; the iteration on show stays at the end.
    await expect(m.count).toHaveText('20,000 / 20,000');
    await expect(m.number('Weight')).not.toHaveText(first);
    await typeAndEnter(m.seedBox, '42');
    await expect(m.number('Weight')).toHaveText(first);
    // The film each update learns from is named, and the film is circled on the chart.
    await m.button('Reset').click();
    const film = await m.number('This update learns from').innerText();
    await expect(m.chart('The films and the model’s line').getByRole('img')).toHaveAttribute('aria-label', new RegExp(`This update learns from ${film}\\.$`));

    await expect.poll(addressParam(page, 'many.seed')).toBe('42');
    const url = new URL(page.url());
    expect(Object.fromEntries([...url.searchParams].filter(([k]) => k.startsWith('many.')))).toEqual({
      'many.alpha': '0.0005',
      'many.mode': 'stochastic',
      'many.order': 'shuffled',
      'many.seed': '42',
    });
    const shared = await context.newPage();
    const s = await openChapter(shared, url.toString());
    await expect(s.seedBox).toHaveValue('42');
    await s.button('Run to end').click();
    await expect(s.number('Weight')).toHaveText(first);
    await shared.close();
    await expectClean(page, 'shuffled run');
  });

  test('rows can be edited, added and removed, and only complete rows train', async ({ page }) => {
    const m = await openChapter(page);
    await expect(m.rows).toHaveCount(20);
    await expect(m.summary).toHaveText('20 films train the model.');
    await m.gross('Moneyball').fill('2000');
    await expect(m.best).not.toHaveText('6.39382');
    await m.gross('Moneyball').fill('111.300835');
    await expect(m.best).toHaveText('6.39382');

    await m.section.getByRole('button', { name: 'Add a film' }).click();
    await expect(m.title(21)).toBeFocused();
    await expect(m.summary).toHaveText('20 films train the model; 1 row has a problem and is left out.');
    await m.title(21).fill('Clerks');
    await m.budget('Clerks').fill('0.23');
    await m.gross('Clerks').fill('3.15');
    await expect(m.summary).toHaveText('21 films train the model.');
    await expect(m.chart('The films and the model’s line').getByRole('img')).toHaveAttribute('aria-label', /21 films/);

    await m.remove('Mad Max').click();
    await expect(m.remove('Halloween')).toBeFocused();
    await expect(m.summary).toHaveText('20 films train the model.');
    await expect(m.rows).toHaveCount(20);
    await m.section.getByRole('button', { name: 'Reset to the 20 films' }).click();
    await expect(m.budget('Mad Max')).toHaveValue('0.2');
    await expect(m.best).toHaveText('6.39382');
  });

  test('hostile cells get a message in their row, stay out of training, and break nothing', async ({ page }) => {
    const m = await openChapter(page);
    const hostile = [
      '', '   ', 'abc', 'NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e-320', '-0', '0', '9'.repeat(400),
      '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '\u0661\u0662\u0663', '\u22125', '1,5',
    ];
    for (const cell of ['budget', 'gross'] as const) {
      const box = cell === 'budget' ? m.budget('Rocky') : m.gross('Rocky');
      for (const value of hostile) {
        const where = `${cell} ${JSON.stringify(value.slice(0, 20))}`;
        await box.fill(value);
        if (cell === 'gross' && value === '0') {
          await expect(box, where).toHaveAttribute('aria-invalid', 'false');
          continue;
        }
        await expect(box, where).toHaveAttribute('aria-invalid', 'true');
        const id = await box.getAttribute('aria-describedby');
        const message = page.locator(`[id="${id ?? ''}"]`);
        await expect(message, where).toHaveText(new RegExp(`^The ${cell}`));
        await expect(message, where).toBeVisible();
        await expect(m.summary, where).toHaveText('19 films train the model; 1 row has a problem and is left out.');
        await expect(m.count, where).toHaveText(/^0 \/ [\d,]+$/);
        await expectClean(page, where);
      }
      await box.fill(cell === 'budget' ? '1' : '225');
    }
    expect(await page.locator('script', { hasText: 'alert' }).count()).toBe(0);
    await expect(m.summary).toHaveText('20 films train the model.');
    await m.button('Run to end').click();
    await expect(m.stop).toContainText('Settled at the best weight');
  });

  test('pasted CSV with bad lines: messages for them, training on the good ones', async ({ page }) => {
    const m = await openChapter(page);
    await m.csv.fill(
      [
        'title,budget,gross',
        'Mad Max,0.2,99.75',
        'Rocky,1,225',
        'Saw,1.2,103.880027',
        'Letters,abc,5',
        'Negative,-1,2',
        'Not a number,NaN,1',
        '"Unclosed,1,2',
      ].join('\n'),
    );
    await m.section.getByRole('button', { name: 'Use this CSV' }).click();
    await expect(m.rows).toHaveCount(6);
    await expect(m.summary).toHaveText('3 films train the model; 3 rows have problems and are left out.');
    await expect(m.section.getByRole('alert')).toContainText('Line 8: a quoted field is never closed');
    const message = async (title: string) => page.locator(`[id="${(await m.budget(title).getAttribute('aria-describedby')) ?? ''}"]`);
    await expect(await message('Letters')).toHaveText('The budget “abc” is not a number.');
    await expect(await message('Negative')).toHaveText('The budget “-1” has a minus sign: amounts cannot be negative.');
    // The best weight is the three good films' Σ budget × gross / Σ budget².
    const good = [
      [0.2, 99.75],
      [1, 225],
      [1.2, 103.880027],
    ] as const;
    const best = good.reduce((s, [x, y]) => s + x * y, 0) / good.reduce((s, [x]) => s + x * x, 0);
    await expect(m.best).toHaveText(best.toPrecision(7).replace(/0+$/, ''));
    await m.button('Run to end').click();
    await expect(m.stop).not.toBeEmpty();
    await expectClean(page, 'after the paste');
  });

  test('works by keyboard alone', async ({ page }) => {
    const m = await openChapter(page);
    const batch = m.radio(/^All films at once/);
    await batch.focus();
    await expectVisibleFocus(batch);
    await page.keyboard.press('ArrowDown');
    await expect(m.radio(/^One film at a time/)).toBeChecked();
    await expect(m.number('This update learns from')).toHaveText('Mad Max');

    await tabTo(page, m.alphaSlider, { max: 10 });
    const before = await m.alphaSlider.getAttribute('aria-valuetext');
    await page.keyboard.press('ArrowLeft');
    await expect(m.alphaSlider).not.toHaveAttribute('aria-valuetext', before ?? '');

    const step = m.button('Step');
    await tabTo(page, step, { max: 20 });
    await expectVisibleFocus(step);
    await page.keyboard.press('Enter');
    await expect(m.count).toHaveText(/^1 \/ [\d,]+$/);
    await page.keyboard.press(' ');
    await expect(m.count).toHaveText(/^2 \/ [\d,]+$/);
    await expect(m.number('This update learns from')).toHaveText('Rocky');
    await tabTo(page, m.scrubber, { max: 4 });
    await page.keyboard.press('End');
    await expect(m.count).toHaveText(/^([\d,]+) \/ \1$/);

    const toggle = m.section.getByRole('checkbox', { name: 'Show each film’s parabola' });
    await tabTo(page, toggle, { max: 12 });
    await page.keyboard.press(' ');
    await expect(toggle).toBeChecked();
    await expect(m.chart('Mean squared error against weight').getByRole('img')).toHaveAttribute('aria-label', /20 parabolas/);

    const add = m.section.getByRole('button', { name: 'Add a film' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(m.title(21)).toBeFocused();
    await page.keyboard.type('Clerks');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0.23');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3.15');
    await expect(m.summary).toHaveText('21 films train the model.');
    await tabTo(page, m.remove('Clerks'), { max: 3 });
    await page.keyboard.press('Enter');
    await expect(m.summary).toHaveText('20 films train the model.');
    // The focus moves to the row above's Remove button, not back to the top of the page.
    await expect(m.remove('Moneyball')).toBeFocused();
  });

  test.describe('by touch', () => {
    test.use({ hasTouch: true, viewport: { width: 390, height: 844 }, isMobile: true });

    test('tapping steps, runs and switches the way it learns', async ({ page }) => {
      const m = await openChapter(page);
      await m.button('Step').tap();
      await expect(m.count).toHaveText('1 / 188');
      await m.radio(/^One film at a time/).tap();
      await expect(m.radio(/^One film at a time/)).toBeChecked();
      await m.button('Run to end').tap();
      await expect(m.count).toHaveText(/^([\d,]+) \/ \1$/);
      await m.section.getByRole('checkbox', { name: 'Show each film’s parabola' }).tap();
      await expect(m.section.getByRole('checkbox', { name: 'Show each film’s parabola' })).toBeChecked();
      await m.budget('Rocky').tap();
      await expect(m.budget('Rocky')).toBeFocused();
      // Nothing in the chapter makes the page scroll sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  test('links: a small table travels, a large one is left out with a notice, bad values are named', async ({ page }) => {
    const m = await openChapter(page);
    await m.budget('Mad Max').fill('0.3');
    await expect.poll(addressParam(page, 'many.data')).toMatch(/^Mad Max\*0\.3\*99\.75_Halloween\*0\.325\*70_/);
    await page.reload();
    await expect(many(page).budget('Mad Max')).toHaveValue('0.3');
    await expect(page.getByRole('alert')).toHaveCount(0);

    const lines = Array.from({ length: 120 }, (_, i) => `A film with a rather long title ${i},${i + 1},${2 * i + 3}`);
    await m.csv.fill(lines.join('\n'));
    await m.section.getByRole('button', { name: 'Use this CSV' }).click();
    await expect(m.section.getByText('Your data set is too large to fit in the link; the link keeps the other settings.')).toBeVisible();
    // The address held the small table until now, so this waits for the large one's turn.
    await expect.poll(addressParam(page, 'many.data')).toBeNull();

    const bad = await openChapter(page, './?many.alpha=NaN&many.mode=sideways&many.data=half*a*row!x');
    const notice = bad.section.getByRole('alert');
    await expect(notice).toContainText('The learning rate “NaN” is not a finite number; 0.001 is used instead.');
    await expect(notice).toContainText('The way to learn “sideways” is not “batch” or “stochastic”');
    await expect(notice).toContainText('The data set could not be used');
    await expect(bad.alphaBox).toHaveValue('0.001');
    await expect(bad.rows).toHaveCount(20);
    // The lab's own notice does not complain about the chapter's keys.
    await expect(page.getByRole('alert')).toHaveCount(1);
    await notice.getByRole('button', { name: /^Dismiss/ }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectClean(page, 'bad link');
  });

  test('scrubbing and moving the learning rate redraw in place: the SVG does not grow with the run', async ({ page }) => {
    const m = await openChapter(page);
    await m.radio(/^One film at a time/).check();
    await m.radio(/^Shuffled/).check();
    await expect(m.count).toHaveText(/^0 \/ 20,000$/);
    // Everything drawn but the axes' ticks, whose number follows the axis, not the iteration.
    const nodes = () => m.section.locator('svg *:not(.chart-tick):not(.chart-tick *)').count();
    const atStart = await nodes();
    // Forty scrubber moves across a 20,001-iteration run, one a frame, as a drag sends them.
    // (How long each takes is measured by `npm run audit`, not here: see docs/PERFORMANCE.md.)
    const seen = await m.scrubber.evaluate(async (input: HTMLInputElement) => {
      const counts: string[] = [];
      for (let k = 1; k <= 40; k += 1) {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(k * 500));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        counts.push(input.value);
      }
      return counts;
    });
    expect(seen).toEqual(Array.from({ length: 40 }, (_, k) => String((k + 1) * 500)));
    await expect(m.count).toHaveText('20,000 / 20,000');
    expect(await nodes()).toBe(atStart);

    // Twenty learning-rate moves, each retraining 20,000 shuffled updates.
    const alphaBefore = await m.alphaBox.inputValue();
    await m.alphaSlider.evaluate(async (input: HTMLInputElement) => {
      for (let k = 0; k < 20; k += 1) {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(300 + k * 10));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await expect(m.alphaBox).not.toHaveValue(alphaBefore);
    expect(await nodes()).toBe(atStart);
    // The films' line and errors are single paths: the chart does not grow with iterations.
    await expect(m.chart('The films and the model’s line').locator('path.chart-many-errors')).toHaveCount(1);
    expect(await nonFiniteSvgAttributes(page)).toEqual([]);
  });

  test.describe('axe', () => {
    test('at the start, and with the per-film parabolas, one film at a time and problem rows', async ({ page }, testInfo) => {
      const m = await openChapter(page);
      await expectNoAxeViolations(page, testInfo, 'many-start');
      await m.radio(/^One film at a time/).check();
      await m.radio(/^Shuffled/).check();
      await m.section.getByRole('checkbox', { name: 'Show each film’s parabola' }).check();
      await m.budget('Rocky').fill('abc');
      await m.csv.fill('a,b\n"broken');
      await m.section.getByRole('button', { name: 'Use this CSV' }).click();
      await expect(m.section.getByRole('alert')).toBeVisible();
      await m.button('Run to end').click();
      await expectNoAxeViolations(page, testInfo, 'many-busy');
    });

    test('on a 360 px phone and in dark mode', async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await openChapter(page);
      await expectNoAxeViolations(page, testInfo, 'many-phone');
      const wide = await page.locator('section#many').evaluate((root) =>
        [...root.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .filter((el) => !el.closest('.visually-hidden, .table-scroll, .formula-block'))
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
          .slice(0, 5),
      );
      expect(wide, 'chapter content sticking out at 360 px').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page, testInfo, 'many-dark');
    });
  });
});

