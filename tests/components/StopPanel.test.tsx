import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StopPanel } from '../../src/lab/StopPanel.tsx';
import * as store from '../../src/store/index.ts';
import { stepForward, useTutorial, type TutorialState } from '../../src/store/index.ts';
import { labState, renderWithStore } from './renderWithStore.tsx';

// The panel's words, counted: they are the same for every iteration of a run.
vi.mock('../../src/store/index.ts', { spy: true });

function renderPanel(state: TutorialState) {
  renderWithStore(<StopPanel />, state);
  return {
    stop: screen.getByRole('region', { name: /^How this run ends:/ }),
    stopTitle: screen.getByRole('heading', { name: /^How this run ends:/ }),
    regime: screen.getByRole('region', { name: /^Why, from r = 1 − alpha × input²:/ }),
    regimeTitle: screen.getByRole('heading', { name: /^Why, from r = 1 − alpha × input²:/ }),
  };
}

describe('StopPanel', () => {
  it('does not describe the run again when only the iteration moves under it', () => {
    // The charts' parent renders on every step and every frame of play, the panel beside them.
    function ChartsLike() {
      useTutorial((s) => s.lab.index);
      return <StopPanel />;
    }
    const { store: tutorial } = renderWithStore(<ChartsLike />, labState());
    const described = vi.mocked(store.describeRegime).mock.calls.length;
    act(() => {
      tutorial.setState(stepForward);
    });
    act(() => {
      tutorial.setState(stepForward);
    });
    expect(vi.mocked(store.describeRegime).mock.calls.length).toBe(described);
    expect(screen.getByRole('heading', { name: /^How this run ends:/ })).toHaveTextContent('Reached the goal exactly');
  });

  it('the article’s run: exact, after 72 updates, the 73rd prediction, r = 0.6', () => {
    const { stop, stopTitle, regime, regimeTitle } = renderPanel(labState());
    expect(stopTitle).toHaveAccessibleName('How this run ends: Reached the goal exactly');
    expect(stop).toHaveTextContent(
      'After 72 updates, the 73rd prediction (iteration 72) equals the goal, $99,750,000, exactly. Final weight: 498.75.',
    );
    expect(regimeTitle).toHaveAccessibleName('Why, from r = 1 − alpha × input²: r = 0.6');
    expect(regime).toHaveTextContent('Each update removes 40% of the gap, always from the same side');
  });

  it('one step: exact after 1 update, r = 0', () => {
    const { stop, stopTitle, regime, regimeTitle } = renderPanel(labState({ alpha: 2.5e-11 }));
    expect(stopTitle).toHaveTextContent('Reached the goal exactly');
    expect(stop).toHaveTextContent('After 1 update, the 2nd prediction (iteration 1) equals the goal');
    expect(regimeTitle).toHaveTextContent(/r = 0$/);
    expect(regime).toHaveTextContent('one update lands on the goal');
  });

  it('bounce: between 1 and 996.5 for ever, r = −1', () => {
    const { stop, stopTitle, regime, regimeTitle } = renderPanel(labState({ alpha: 5e-11 }));
    expect(stopTitle).toHaveTextContent(/Bouncing for ?ever/);
    expect(stop).toHaveTextContent(/the weight alternates between 1 and 996\.5 for ?ever/);
    expect(regimeTitle).toHaveTextContent(/r = −1$/);
    expect(regime).toHaveTextContent(/the weight bounces between two values for ?ever/);
  });

  it('diverge (6e-11): update 2,020 would overflow, r = −1.4', () => {
    const { stop, stopTitle, regime, regimeTitle } = renderPanel(labState({ alpha: 6e-11 }));
    expect(stopTitle).toHaveTextContent('Diverged');
    expect(stop).toHaveTextContent('update 2,020');
    expect(stop).toHaveTextContent('iteration 2,019');
    expect(stop).not.toHaveTextContent(/Infinity|NaN/);
    expect(regimeTitle).toHaveTextContent(/r = −1\.4$/);
    expect(regime).toHaveTextContent('lands 1.4 times as far away: the error explodes');
  });

  it('stuck (5e-12): 162 updates, then the weight no longer changes', () => {
    const { stop, stopTitle, regimeTitle } = renderPanel(labState({ alpha: 5e-12 }));
    expect(stopTitle).toHaveTextContent('Stuck short of the goal');
    expect(stop).toHaveTextContent('After 162 updates the correction is smaller than the gap between neighbouring 64-bit numbers');
    expect(stop).toHaveTextContent('498.74999999999994');
    expect(regimeTitle).toHaveTextContent(/r = 0\.8$/);
  });

  it('stuck: does not tell the reader a run stuck short of the goal is off by $0', () => {
    // The last prediction is 99,749,999.99999999: off by −1.49 × 10⁻⁸ dollars, not by nothing.
    const { stop } = renderPanel(labState({ alpha: 5e-12 }));
    expect(stop).not.toHaveTextContent(/off by (−\u2060)?\$0\b/);
    expect(stop).toHaveTextContent(/off by −\u2060\$1\.49 × 10⁻⁸/);
  });

  it('alpha 0: not learning, r = 1', () => {
    const { stop, stopTitle, regime, regimeTitle } = renderPanel(labState({ alpha: 0 }));
    expect(stopTitle).toHaveTextContent('Not learning');
    expect(stop).toHaveTextContent('With a learning rate of 0 every correction is multiplied by 0');
    expect(regimeTitle).toHaveTextContent(/r = 1$/);
    expect(regime).toHaveTextContent('nothing changes');
  });

  it('budget 0: not learning, for the other reason', () => {
    const { stop, stopTitle } = renderPanel(labState({ input: 0 }));
    expect(stopTitle).toHaveTextContent('Not learning');
    expect(stop).toHaveTextContent('With a budget of 0 every prediction is 0');
  });

  it('a negative learning rate moves away from the goal', () => {
    const { stopTitle, regime, regimeTitle } = renderPanel(labState({ alpha: -1e-11 }));
    expect(stopTitle).toHaveTextContent('Diverged');
    expect(regimeTitle).toHaveTextContent(/r = 1\.4$/);
    expect(regime).toHaveTextContent('A negative learning rate steps uphill');
    expect(regime).toHaveTextContent('the prediction runs away from the goal');
  });

  it('a tolerance of $1,000: close enough', () => {
    const { stop, stopTitle } = renderPanel(labState({}, { tolerance: 1000 }));
    expect(stopTitle).toHaveTextContent('Close enough');
    expect(stop).toHaveTextContent('After 23 updates the prediction is within $1,000 of the goal (off by −\u2060$786).');
  });

  it('an overshooting run that converges: oscillating regime', () => {
    const { stopTitle, regime, regimeTitle } = renderPanel(labState({ alpha: 3.2e-11 }));
    expect(stopTitle).toHaveTextContent('Reached the goal exactly');
    expect(regimeTitle).toHaveTextContent(/r = −0\.28$/);
    expect(regime).toHaveTextContent('the prediction zig-zags in to the goal');
  });
});
