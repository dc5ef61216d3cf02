import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Learn } from '../../src/steps/Learn.tsx';
import { derivation, labChapter, renderApp, renderWithStore } from './renderWithStore.tsx';

const alphaBox = () => screen.getByRole('textbox', { name: 'Learning rate in the worked example' });

describe('Learn', () => {
  it('works the update through at weight 2.5: weight delta, the alpha-less jump, and alpha 1e-11', () => {
    const { container } = renderWithStore(<Learn />);
    expect(derivation('weightDelta = delta × input')).toBe(
      'weightDelta=delta×input=(\u221299,250,000)×200,000=\u221219,850,000,000,000',
    );
    expect(derivation('newWeight = weight − weightDelta')).toBe('newWeight=2.5−(\u221219,850,000,000,000)=19,850,000,000,002.5');
    expect(derivation('newWeight = weight − weightDelta × alpha')).toBe(
      'newWeight=weight−weightDelta×α=2.5−(\u221219,850,000,000,000)×1.0\u00a0×\u00a010⁻¹¹=2.5−(\u2212198.5)=201',
    );
    expect(alphaBox()).toHaveValue('1.0\u00a0×\u00a010⁻¹¹');
    expect(container).toHaveTextContent('The prediction moves from $500,000 to $40,200,000, against a goal of $99,750,000.');
    expect(container).toHaveTextContent('(the article’s, and the same one the lab below uses):');
  });

  it('typing a learning rate recomputes the worked example and sets the store’s (the lab’s) alpha', async () => {
    const { container, user, store } = renderWithStore(<Learn />);
    await user.clear(alphaBox());
    await user.type(alphaBox(), '2.5e-11{Enter}');
    expect(store.getState().lab.params.alpha).toBe(2.5e-11);
    expect(alphaBox()).toHaveValue('2.5\u00a0×\u00a010⁻¹¹');
    expect(derivation('newWeight = weight − weightDelta × alpha')).toMatch(/=2\.5−\(\u2212496\.25\)=498\.75$/);
    expect(container).toHaveTextContent('to $99,750,000, against a goal of $99,750,000.');
    expect(container).toHaveTextContent('(the same one the lab below uses; the article uses 1.0 × 10⁻¹¹):');
  });

  it('ArrowUp and ArrowDown scale the learning rate by 1.25 and 0.8', async () => {
    const { user, store } = renderWithStore(<Learn />);
    await user.click(alphaBox());
    await user.keyboard('{ArrowUp}');
    expect(store.getState().lab.params.alpha).toBe(1.25e-11);
    expect(alphaBox()).toHaveValue('1.25\u00a0×\u00a010⁻¹¹');
    await user.keyboard('{ArrowDown}');
    expect(store.getState().lab.params.alpha).toBe(1e-11);
  });

  it('refuses a learning rate that is not a number, keeping the last good one', async () => {
    const { user, store } = renderWithStore(<Learn />);
    await user.clear(alphaBox());
    await user.type(alphaBox(), 'fast{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('“fast” is not a number.');
    expect(store.getState().lab.params.alpha).toBe(1e-11);
  });

  it('says so instead of printing Infinity when the new weight overflows', async () => {
    const { container, user } = renderWithStore(<Learn />);
    await user.clear(alphaBox());
    await user.type(alphaBox(), '1e300{Enter}');
    expect(container).toHaveTextContent('With this learning rate the new weight is too large for a 64-bit float.');
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  // The whole page renders here, which takes seconds in jsdom.
  it('editing the worked example’s learning rate moves the lab’s Learning rate slider', { timeout: 30_000 }, async () => {
    const { user } = await renderApp();
    const labSlider = within(labChapter()).getByRole('slider', { name: 'Learning rate' });
    expect(labSlider).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹¹');
    await user.clear(alphaBox());
    await user.type(alphaBox(), '3.2e-11{Enter}');
    expect(labSlider).toHaveAttribute('aria-valuetext', '3.2\u00a0×\u00a010⁻¹¹');
    expect(within(labChapter()).getByRole('textbox', { name: 'Learning rate, exact value' })).toHaveValue('3.2e-11');
    expect(within(labChapter()).getByRole('button', { name: 'Overshoot' })).toHaveAttribute('aria-pressed', 'true');
  });
});
