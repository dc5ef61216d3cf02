import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IterationPanel } from '../../src/lab/IterationPanel.tsx';
import { Playback } from '../../src/lab/Playback.tsx';
import { initialState, play, type TutorialState } from '../../src/store/index.ts';
import { definitionOf, labState, renderWithStore } from './renderWithStore.tsx';

const button = (name: string) => screen.getByRole('button', { name });
const scrubber = () => screen.getByRole('slider', { name: 'Iteration' });
const panel = () => screen.getByRole('region', { name: /^Iteration \d+$/ });

function renderPlayback(state: TutorialState = initialState()) {
  return renderWithStore(
    <>
      <Playback />
      <IterationPanel />
    </>,
    state,
  );
}

describe('Playback', () => {
  it('starts at iteration 0 with Reset and Step back disabled', () => {
    renderPlayback();
    expect(screen.getByRole('group', { name: 'Training playback' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Iteration 0' })).toBeInTheDocument();
    expect(button('Reset')).toBeDisabled();
    expect(button('Step back')).toBeDisabled();
    expect(button('Play')).toBeEnabled();
    expect(button('Step')).toBeEnabled();
    expect(button('Run to end')).toBeEnabled();
    expect(scrubber()).toHaveValue('0');
    expect(scrubber()).toHaveAttribute('aria-valuetext', 'Iteration 0 of 72');
    expect(screen.getByText('0 / 72')).toBeInTheDocument();
  });

  it('Step and Step back move one iteration', async () => {
    const { user } = renderPlayback();
    await user.click(button('Step'));
    expect(screen.getByRole('heading', { name: 'Iteration 1' })).toBeInTheDocument();
    expect(definitionOf(panel(), 'Weight')).toBe('200.1');
    expect(button('Reset')).toBeEnabled();
    expect(button('Step back')).toBeEnabled();
    await user.click(button('Step'));
    expect(screen.getByRole('heading', { name: 'Iteration 2' })).toBeInTheDocument();
    await user.click(button('Step back'));
    expect(screen.getByRole('heading', { name: 'Iteration 1' })).toBeInTheDocument();
    expect(scrubber()).toHaveAttribute('aria-valuetext', 'Iteration 1 of 72');
  });

  it('Run to end goes to the last iteration and disables Step and Run to end; Reset goes back', async () => {
    const { user } = renderPlayback();
    await user.click(button('Run to end'));
    expect(screen.getByRole('heading', { name: 'Iteration 72' })).toBeInTheDocument();
    expect(button('Step')).toBeDisabled();
    expect(button('Run to end')).toBeDisabled();
    expect(button('Reset')).toBeEnabled();
    expect(scrubber()).toHaveAttribute('aria-valuetext', 'Iteration 72 of 72');
    expect(definitionOf(panel(), 'Weight')).toBe('498.75');
    expect(definitionOf(panel(), 'Delta')).toBe('$0');
    expect(definitionOf(panel(), 'Next weight')).toBe('498.75 unchanged: delta is 0');

    await user.click(button('Reset'));
    expect(screen.getByRole('heading', { name: 'Iteration 0' })).toBeInTheDocument();
    expect(button('Reset')).toBeDisabled();
  });

  it('Play becomes Pause, and Pause becomes Play', async () => {
    const { user, store } = renderPlayback();
    await user.click(button('Play'));
    expect(store.getState().lab.playing).toBe(true);
    expect(button('Pause')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Play' })).not.toBeInTheDocument();
    await user.click(button('Pause'));
    expect(store.getState().lab.playing).toBe(false);
    expect(button('Play')).toBeInTheDocument();
  });

  it('Play at the end starts again from iteration 0', async () => {
    const { user } = renderPlayback();
    await user.click(button('Run to end'));
    await user.click(button('Play'));
    expect(button('Pause')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Iteration 0' })).toBeInTheDocument();
  });

  it('moving by hand while playing pauses', async () => {
    const { user } = renderPlayback();
    await user.click(button('Play'));
    await user.click(button('Step'));
    expect(button('Play')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Iteration 1' })).toBeInTheDocument();
  });

  it('the Iteration slider jumps; iteration 2 has weight 319.56', () => {
    renderPlayback();
    fireEvent.change(scrubber(), { target: { value: '2' } });
    expect(screen.getByRole('heading', { name: 'Iteration 2' })).toBeInTheDocument();
    expect(scrubber()).toHaveAttribute('aria-valuetext', 'Iteration 2 of 72');
    expect(screen.getByText('2 / 72')).toBeInTheDocument();
    const p = panel();
    expect(definitionOf(p, 'Weight')).toBe('319.56');
    expect(definitionOf(p, 'Prediction')).toBe('$63,912,000');
    expect(definitionOf(p, 'Goal')).toBe('$99,750,000');
    expect(definitionOf(p, 'Delta')).toBe('−\u2060$35,838,000');
    expect(definitionOf(p, 'Error')).toBe('1.28\u00a0×\u00a010¹⁵');
    expect(definitionOf(p, 'Weight delta')).toBe('−7.168\u00a0×\u00a010¹²');
    expect(definitionOf(p, 'Next weight')).toBe('391.236 moves by +71.68');
    expect(p).toHaveTextContent('Next weight = weight − weight delta × 1.0 × 10⁻¹¹.');
  });

  it('the Speed menu offers the speeds and sets one', async () => {
    const { user, store } = renderPlayback();
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(speed).toHaveDisplayValue('3 per second');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      '1 per second',
      '3 per second',
      '10 per second',
      '30 per second',
      '100 per second',
      '1000 per second',
    ]);
    await user.selectOptions(speed, '10 per second');
    expect(store.getState().lab.speed).toBe(10);
    expect(speed).toHaveDisplayValue('10 per second');
  });

  it('a run of a single iteration disables every way of moving', () => {
    renderPlayback(labState({ alpha: 0 }));
    expect(scrubber()).toBeDisabled();
    for (const name of ['Reset', 'Step back', 'Step', 'Run to end']) expect(button(name)).toBeDisabled();
    expect(screen.getByRole('heading', { name: 'Iteration 0' })).toBeInTheDocument();
  });

  it('follows playback started from elsewhere (a keyboard shortcut, the store)', () => {
    const { store } = renderPlayback();
    act(() => {
      store.setState(play);
    });
    expect(button('Pause')).toBeInTheDocument();
  });
});

describe('IterationPanel', () => {
  it('shows iteration 0 of the article’s run', () => {
    renderWithStore(<IterationPanel />);
    const p = panel();
    expect(definitionOf(p, 'Weight')).toBe('1');
    expect(definitionOf(p, 'Prediction')).toBe('$200,000');
    expect(definitionOf(p, 'Delta')).toBe('−\u2060$99,550,000');
    expect(definitionOf(p, 'Error')).toBe('9.91\u00a0×\u00a010¹⁵');
    expect(definitionOf(p, 'Next weight')).toBe('200.1 moves by +199.1');
  });

  it('at the end of a diverging run says the next weight overflows instead of showing Infinity', () => {
    const state = labState({ alpha: 6e-11 });
    renderWithStore(<IterationPanel />, { ...state, lab: { ...state.lab, index: state.lab.run.length - 1 } });
    const p = panel();
    expect(p).toHaveAccessibleName('Iteration 2019');
    expect(definitionOf(p, 'Next weight')).toBe('overflows: beyond 1.8\u00a0×\u00a010³⁰⁸ so the run stops here');
    expect(p.innerHTML).not.toMatch(/NaN|Infinity/);
  });
});
