import { fireEvent, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Predict } from '../../src/steps/Predict.tsx';
import { renderWithStore } from './renderWithStore.tsx';

const budgetBox = () => screen.getByRole('textbox', { name: 'Budget in the sentence' });
const weightBox = () => screen.getByRole('textbox', { name: 'Weight in the sentence' });
/** The sentence "A film with a budget of … and a weight of … is predicted to gross $X." */
const sentence = () => screen.getByText(/is predicted to gross/);
/** Empties a box and types `text` into it, as a reader replacing a value. */
async function retype(user: UserEvent, box: HTMLElement, text: string): Promise<void> {
  await user.clear(box);
  await user.type(box, text);
}

describe('Predict', () => {
  it('starts with $100,000 at a weight of 2.5, predicting $250,000', () => {
    renderWithStore(<Predict />);
    expect(budgetBox()).toHaveValue('$100,000');
    expect(weightBox()).toHaveValue('2.5');
    expect(sentence()).toHaveTextContent('is predicted to gross $250,000.');
    expect(screen.getByRole('img', { name: /The budget, \$100,000, stretched 2\.5 times becomes the prediction, \$250,000\./ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The formula box scrolls on a phone and takes focus: it is named by what it says.
    expect(screen.getByRole('group', { name: 'prediction = input × weight' })).toHaveAttribute('tabindex', '0');
  });

  it('updates the prediction when a new budget is typed and Enter pressed', async () => {
    const { user, store } = renderWithStore(<Predict />);
    await retype(user, budgetBox(), '200000{Enter}');
    expect(budgetBox()).toHaveValue('$200,000');
    expect(sentence()).toHaveTextContent('is predicted to gross $500,000.');
    expect(store.getState().chapters.predictBudget).toBe(200_000);
  });

  it('reads a budget written the way the page prints money, and commits on leaving the box', async () => {
    const { user } = renderWithStore(<Predict />);
    await user.clear(budgetBox());
    await user.type(budgetBox(), '$40,000');
    // Not committed while typing.
    expect(sentence()).toHaveTextContent('is predicted to gross $250,000.');
    await user.tab();
    expect(budgetBox()).toHaveValue('$40,000');
    expect(sentence()).toHaveTextContent('is predicted to gross $100,000.');
  });

  it('updates the prediction when a new weight is typed', async () => {
    const { user } = renderWithStore(<Predict />);
    await retype(user, weightBox(), '3{Enter}');
    expect(weightBox()).toHaveValue('3');
    expect(sentence()).toHaveTextContent('is predicted to gross $300,000.');
  });

  it('refuses "abc" with an alert next to the box that names the problem, keeping the last good prediction', async () => {
    const { user, store } = renderWithStore(<Predict />);
    await retype(user, budgetBox(), 'abc{Enter}');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('“abc” is not a number.');
    expect(alert).toHaveTextContent('Budget in the sentence stays $100,000.');
    expect(budgetBox()).toHaveAttribute('aria-invalid', 'true');
    expect(budgetBox()).toHaveAccessibleDescription(/“abc” is not a number/);
    expect(sentence()).toHaveTextContent('is predicted to gross $250,000.');
    expect(store.getState().chapters.predictBudget).toBe(100_000);

    // A good value afterwards clears the message.
    await retype(user, budgetBox(), '120000{Enter}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(budgetBox()).toHaveAttribute('aria-invalid', 'false');
    expect(sentence()).toHaveTextContent('is predicted to gross $300,000.');
  });

  it('Escape abandons the text being typed and shows the committed value again', async () => {
    const { user } = renderWithStore(<Predict />);
    await retype(user, budgetBox(), 'abc{Enter}');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(budgetBox()).toHaveValue('$100,000');
  });

  it('ArrowUp and ArrowDown nudge the budget by $10,000 and the weight by 0.1', async () => {
    const { user } = renderWithStore(<Predict />);
    await user.click(budgetBox());
    await user.keyboard('{ArrowUp}');
    expect(budgetBox()).toHaveValue('$110,000');
    expect(sentence()).toHaveTextContent('is predicted to gross $275,000.');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(budgetBox()).toHaveValue('$90,000');
    expect(sentence()).toHaveTextContent('is predicted to gross $225,000.');

    await user.click(weightBox());
    await user.keyboard('{ArrowUp}');
    expect(weightBox()).toHaveValue('2.6');
    expect(sentence()).toHaveTextContent('is predicted to gross $234,000.');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    // 2.6 − 0.3 without binary noise.
    expect(weightBox()).toHaveValue('2.3');
    expect(sentence()).toHaveTextContent('is predicted to gross $207,000.');
  });

  it('shows cents where a typed budget is not whole dollars, so the sentence adds up', async () => {
    const { user } = renderWithStore(<Predict />);
    await retype(user, budgetBox(), '0.4{Enter}');
    expect(budgetBox()).toHaveValue('$0.40');
    expect(sentence()).toHaveTextContent('is predicted to gross $1.');
    await retype(user, budgetBox(), '-0.4{Enter}');
    expect(sentence()).toHaveTextContent('is predicted to gross −\u2060$1.');
    expect(budgetBox()).toHaveValue('−\u2060$0.40');
  });

  it('refuses a budget of 1e308 because the prediction would be too large', async () => {
    const { user, store } = renderWithStore(<Predict />);
    await retype(user, budgetBox(), '1e308{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/too large/);
    expect(sentence()).toHaveTextContent('is predicted to gross $250,000.');
    expect(store.getState().chapters.predictBudget).toBe(100_000);
  });

  it('refuses a number beyond any 64-bit float with its own message', async () => {
    const { user } = renderWithStore(<Predict />);
    await retype(user, budgetBox(), '1e999{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/too large for a 64-bit float/);
    expect(sentence()).toHaveTextContent('is predicted to gross $250,000.');
  });

  it('the Budget and Weight sliders update the sentence', () => {
    renderWithStore(<Predict />);
    const budget = screen.getByRole('slider', { name: 'Budget' });
    const weight = screen.getByRole('slider', { name: 'Weight' });
    expect(budget).toHaveAttribute('aria-valuetext', '$100,000');
    expect(weight).toHaveAttribute('aria-valuetext', '2.5');

    fireEvent.change(budget, { target: { value: '300000' } });
    expect(budget).toHaveAttribute('aria-valuetext', '$300,000');
    expect(budgetBox()).toHaveValue('$300,000');
    expect(sentence()).toHaveTextContent('is predicted to gross $750,000.');

    fireEvent.change(weight, { target: { value: '4' } });
    expect(weight).toHaveAttribute('aria-valuetext', '4');
    expect(weightBox()).toHaveValue('4');
    expect(sentence()).toHaveTextContent('is predicted to gross $1,200,000.');

    fireEvent.change(weight, { target: { value: '-2' } });
    expect(sentence()).toHaveTextContent('is predicted to gross −\u2060$600,000.');
  });

  it('the sliders’ exact boxes set the same numbers', async () => {
    const { user } = renderWithStore(<Predict />);
    const exact = screen.getByRole('textbox', { name: 'Weight, exact value' });
    expect(exact).toHaveValue('2.5');
    await retype(user, exact, '12.5{Enter}');
    // Outside the slider's range: the box and sentence hold it, the slider stops at its end.
    expect(weightBox()).toHaveValue('12.5');
    expect(screen.getByRole('slider', { name: 'Weight' })).toHaveAttribute('aria-valuetext', '12.5');
    expect(sentence()).toHaveTextContent('is predicted to gross $1,250,000.');
  });
});
