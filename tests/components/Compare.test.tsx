import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Compare } from '../../src/steps/Compare.tsx';
import { derivation, renderWithStore } from './renderWithStore.tsx';

const slider = () => screen.getByRole('slider', { name: 'Weight to try on Mad Max' });
const deltaFormula = () => derivation('delta = prediction − goal');
const errorFormula = () => derivation('error = delta squared');

describe('Compare', () => {
  it('shows Mad Max’s goal, and at weight 2.5 the delta −99,250,000 and the error 9.85 × 10¹⁵', () => {
    const { container } = renderWithStore(<Compare />);
    expect(container).toHaveTextContent('grossed $99,750,000 worldwide');
    expect(container).toHaveTextContent('the model predicts $500,000: too low.');
    expect(slider()).toHaveAttribute('aria-valuetext', '2.5');
    // U+2212 minus, not a hyphen.
    expect(deltaFormula()).toBe('delta=prediction−goal=500,000−99,750,000=\u221299,250,000');
    expect(errorFormula()).toBe('error=delta2=(\u221299,250,000)2=9.85\u00a0×\u00a010¹⁵');
    expect(screen.getByRole('img', { name: /The square on the gap has an area of 9\.85\u00a0×\u00a010¹⁵ square dollars/ })).toBeInTheDocument();
  });

  it('moving the weight slider updates the delta and the error', () => {
    const { container } = renderWithStore(<Compare />);
    fireEvent.change(slider(), { target: { value: '400' } });
    expect(slider()).toHaveAttribute('aria-valuetext', '400');
    expect(container).toHaveTextContent('the model predicts $80,000,000: too low.');
    expect(deltaFormula()).toMatch(/=80,000,000−99,750,000=\u221219,750,000$/);
    expect(errorFormula()).toMatch(/=3\.9\u00a0×\u00a010¹⁴$/);

    fireEvent.change(slider(), { target: { value: '500' } });
    expect(container).toHaveTextContent('the model predicts $100,000,000: too high.');
    expect(deltaFormula()).toMatch(/=100,000,000−99,750,000=250,000$/);
    expect(errorFormula()).toMatch(/=6\.25\u00a0×\u00a010¹⁰$/);
  });

  it('a weight of 498.75 gives a delta of 0: exactly right', () => {
    const { container } = renderWithStore(<Compare />);
    fireEvent.change(slider(), { target: { value: '498.75' } });
    expect(container).toHaveTextContent('the model predicts $99,750,000: exactly right.');
    expect(deltaFormula()).toMatch(/=99,750,000−99,750,000=0$/);
    expect(errorFormula()).toMatch(/=0$/);
  });

  it('the exact box takes any weight and refuses one whose prediction overflows', async () => {
    const { container, user, store } = renderWithStore(<Compare />);
    const box = screen.getByRole('textbox', { name: 'Weight to try on Mad Max, exact value' });
    await user.clear(box);
    await user.type(box, '498.75{Enter}');
    expect(container).toHaveTextContent('exactly right');

    await user.clear(box);
    await user.type(box, '1e306{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/too large for a 64-bit number/);
    expect(store.getState().chapters.compareWeight).toBe(498.75);
    expect(container).toHaveTextContent('exactly right');
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });
});
