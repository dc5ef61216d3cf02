import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SeveralOutputs } from '../../../../src/steps/beyond/SeveralOutputs.tsx';
import { manualScheduler, nonFinite, renderChapter, typeAndCommit } from './renderChapter.tsx';

const playback = () => screen.getByRole('group', { name: 'Several outputs playback' });
const control = (name: RegExp) => within(playback()).getByRole('button', { name });
const result = () => screen.getByRole('region', { name: 'Two weights, learning independently' });
const chart = (name: RegExp) => screen.getByRole('img', { name });

describe('Several outputs', { timeout: 30_000 }, () => {
  it('states both final weights and checks each against its own one-weight run', () => {
    const { container } = renderChapter(<SeveralOutputs />);
    expect(result()).toHaveTextContent('The worldwide weight ends at 6.39382');
    expect(result()).toHaveTextContent('the domestic weight at 3.53215');
    expect(result()).toHaveTextContent('Both runs shrink their gap by the same factor each update');
    expect(result()).toHaveTextContent(
      'Checked: each weight goes through exactly the same numbers, bit for bit, as a one-weight run on its own goal',
    );
    expect(chart(/^Worldwide gross weight by iteration/)).toBeInTheDocument();
    expect(chart(/^Domestic gross weight by iteration/)).toHaveAccessibleName(expect.stringContaining('the best weight is 3.53215'));
    expect(nonFinite(container)).toEqual([]);
  });

  it('doubling the domestic goals moves only the domestic weight', async () => {
    const { user } = renderChapter(<SeveralOutputs />);
    const worldwideBefore = chart(/^Worldwide gross weight by iteration/).getAttribute('aria-label');
    await user.click(screen.getByRole('checkbox', { name: 'Double every domestic gross' }));
    expect(result()).toHaveTextContent('The worldwide weight ends at 6.39382');
    expect(result()).toHaveTextContent('the domestic weight at 7.06429');
    expect(result()).toHaveTextContent('changing the domestic goals does not change the worldwide weight');
    expect(chart(/^Worldwide gross weight by iteration/).getAttribute('aria-label')).toBe(worldwideBefore);
  });

  it('shares one playback: Run to end shows both weights at their best', async () => {
    const { user } = renderChapter(<SeveralOutputs />);
    await user.click(control(/^Run to end/));
    expect(chart(/^Worldwide gross weight by iteration/)).toHaveAccessibleName(expect.stringMatching(/Iteration 189: 6\.39382\.$/));
    expect(chart(/^Domestic gross weight by iteration/)).toHaveAccessibleName(expect.stringMatching(/Iteration 190: 3\.53215\.$/));
    await user.click(control(/^Reset/));
    expect(chart(/^Worldwide gross weight by iteration/)).toHaveAccessibleName(expect.stringMatching(/Iteration 0: 0\.$/));
  });

  it('tells a screen reader where both weights are after a step, and how each run ended', async () => {
    const { user } = renderChapter(<SeveralOutputs />);
    const said = () => screen.getByText(/^Iteration [\d,]+: worldwide weight/);
    await user.click(control(/^Step \(/));
    expect(said()).toHaveAttribute('aria-live', 'polite');
    expect(said()).toHaveTextContent(/^Iteration 1: worldwide weight [\d.]+, domestic weight [\d.]+\.$/);
    await user.click(control(/^Run to end/));
    expect(said()).toHaveTextContent(
      'Iteration 190: worldwide weight 6.39382, domestic weight 3.53215. The worldwide weight settled after 189 updates, its ' +
        'corrections too small to change it; the domestic weight settled after 190 updates, its corrections too small to change it.',
    );
  });

  it('plays with the scheduler it is given', async () => {
    const clock = manualScheduler();
    const { user } = renderChapter(<SeveralOutputs scheduler={clock.scheduler} />);
    await user.click(control(/^Play/));
    act(() => {
      clock.tick(50);
    });
    expect(within(playback()).getByText('5 / 190')).toBeInTheDocument();
  });

  it('refuses learning rates it cannot use, with a message, and never shows NaN or Infinity', () => {
    const { container } = renderChapter(<SeveralOutputs />);
    const box = screen.getByRole('textbox', { name: 'Learning rate (alpha), both outputs, exact value' });
    for (const [text, refused] of [
      ['NaN', true],
      ['', true],
      ['x', true],
      ['1e400', true],
      ['1e308', false],
      ['-1e308', false],
      ['1e-320', false],
      ['0', false],
      ['0,02', false],
    ] as const) {
      typeAndCommit(box, text);
      expect(box, text).toHaveAttribute('aria-invalid', refused ? 'true' : 'false');
      if (refused) fireEvent.keyDown(box, { key: 'Escape' });
      expect(nonFinite(container), text).toEqual([]);
    }
    // 0.02 is above the edge: both weights diverge, each on its own.
    expect(result()).toHaveTextContent('diverged: the learning rate is above the edge');
    // The shared factor is then below −1: it multiplies the gap, and no longer shrinks it.
    expect(result()).toHaveTextContent(/Both runs multiply their gap by the same factor each update, 1 − alpha × mean\(budget²\) = −[\d.]+, because they share the input: a factor this far from 0 never shrinks it\./);
    expect(result()).toHaveTextContent(/and −\u2060\$[\d.]+ × 10[⁰¹²³⁴⁵⁶⁷⁸⁹]+M at home/);
  });
});
