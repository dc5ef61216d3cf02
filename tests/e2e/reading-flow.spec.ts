import { expect, openPage, test, typeAndEnter } from './support/fixtures.ts';

// The page prints numbers the way people read them: U+2212 minus, U+00D7 times, superscript powers.
const MINUS = '\u2212';

test.describe('reading the chapters', () => {
  test('opens with the title and the three verbs', async ({ page }) => {
    await openPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Predict · Compare · Learn');
    await expect(page).toHaveTitle(/Predict · Compare · Learn/);
    const chapters = page.getByRole('navigation', { name: 'Chapters' });
    // The article's three steps, the lab and the challenges, in this order (later chapters may follow).
    await expect(chapters.getByRole('link')).toContainText(['Predict', 'Compare', 'Learn', 'The training lab', 'Challenges']);
    for (const id of ['predict', 'compare', 'learn', 'lab', 'challenges']) {
      await expect(chapters.locator(`a[href="#${id}"]`)).toHaveCount(1);
    }
  });

  test('Predict: the sentence starts at $100,000 × 2.5 and follows what is typed', async ({ page }) => {
    await openPage(page);
    const chapter = page.locator('section#predict');
    const budget = page.getByRole('textbox', { name: 'Budget in the sentence', exact: true });
    const weight = page.getByRole('textbox', { name: 'Weight in the sentence', exact: true });
    const sentence = chapter.locator('p', { hasText: 'is predicted to gross' });

    await expect(budget).toHaveValue('$100,000');
    await expect(weight).toHaveValue('2.5');
    await expect(sentence).toContainText('is predicted to gross $250,000.');

    await typeAndEnter(budget, '300000');
    await expect(budget).toHaveValue('$300,000');
    await expect(sentence).toContainText('is predicted to gross $750,000.');

    await typeAndEnter(weight, '4');
    await expect(weight).toHaveValue('4');
    await expect(sentence).toContainText('is predicted to gross $1,200,000.');

    // Leaving the box commits too, and the page's own notation is read back.
    await weight.fill(`${MINUS}0.5`);
    await weight.press('Tab');
    await expect(sentence).toContainText(`is predicted to gross ${MINUS}\u2060$150,000.`);

    // Something that is not a number is refused next to the box; the last good value stays.
    await typeAndEnter(budget, 'lots');
    await expect(chapter.getByRole('alert')).toContainText('is not a number');
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    await expect(sentence).toContainText(`is predicted to gross ${MINUS}\u2060$150,000.`);
  });

  test('Compare: Mad Max at weight 2.5 is $99,250,000 short, error 9.85 × 10¹⁵', async ({ page }) => {
    await openPage(page);
    const chapter = page.locator('section#compare');
    await expect(chapter).toContainText('$99,750,000');
    await expect(chapter).toContainText('$200,000');
    await expect(page.getByRole('slider', { name: 'Weight to try on Mad Max', exact: true })).toHaveAttribute('aria-valuetext', '2.5');
    await expect(chapter).toContainText('the model predicts $500,000: too low');
    // delta = prediction − goal = 500,000 − 99,750,000 = −99,250,000 (dollars; the formula leaves out the $ sign).
    await expect(chapter).toContainText(new RegExp(`=\\s*${MINUS}\\$?99,250,000`));
    await expect(chapter).not.toContainText('-99,250,000'); // a hyphen-minus would be a formatting slip
    await expect(chapter).toContainText('9.85\u00a0×\u00a010¹⁵');
    await expect(chapter.getByRole('img', { name: /Number line/ })).toHaveAttribute('aria-label', /\$99,250,000 apart/);
  });

  test('Learn: without alpha the update overshoots to 19,850,000,000,002.5', async ({ page }) => {
    await openPage(page);
    const chapter = page.locator('section#learn');
    await expect(chapter).toContainText(`${MINUS}19,850,000,000,000`);
    await expect(chapter).toContainText('19,850,000,000,002.5');
    await expect(page.getByRole('textbox', { name: 'Learning rate in the worked example', exact: true })).toHaveValue('1.0\u00a0×\u00a010⁻¹¹');
    await expect(chapter).toContainText('The prediction moves from $500,000 to $40,200,000, against a goal of $99,750,000.');
  });

  test('the footer credits the article, its author and its date', async ({ page }) => {
    await openPage(page);
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('“Machine Learning from Scratch in Elixir”');
    await expect(footer).toContainText('Raul Chedrese');
    await expect(footer).toContainText('8 April 2023');
  });
});
