import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnScreenContext } from '../../../src/layout/chapterMounting.ts';
import { AT_REST_MS, TutorialContext, setParam, type Store, type TutorialState } from '../../../src/store/index.ts';
import { Scaling } from '../../../src/steps/beyond/Scaling.tsx';
import { paintedFrame, renderWithStore } from '../renderWithStore.tsx';

const rescaledRun = () => screen.getByRole('region', { name: /^Alpha rescaled by/ });

describe('Why alpha is so small', () => {
  it('repeats the lab’s run in millions: the article’s alpha rescaled by 1,000,000² keeps r = 0.6', () => {
    renderWithStore(<Scaling />);
    expect(rescaledRun()).toHaveTextContent('alpha = 10, r = 0.6.');
    // Left as it was, alpha × 0.2² is 4 × 10⁻¹³: r is just under 1, and says so rather than "1".
    expect(screen.getByRole('region', { name: 'Alpha left as it was in dollars' })).toHaveTextContent(
      'alpha = 1.0 × 10⁻¹¹, r = 0.9999999999996.',
    );
    // The learning rates that land in one update and that diverge, in millions: plain numbers.
    expect(document.body).toHaveTextContent('One update reaches the goal at alpha = 25, and anything above 50 diverges.');
  });

  it('names its two weight charts apart, and its formula, for a reader who lists them', () => {
    renderWithStore(<Scaling />);
    expect(screen.getByRole('figure', { name: 'Weight by iteration, alpha rescaled by 1,000,000²' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Weight by iteration, alpha left as it was in dollars' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'r = 1 − α × input squared' })).toBeInTheDocument();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const setAlpha = (store: Store<TutorialState>, alpha: number) => {
    act(() => {
      const change = setParam(store.getState(), 'alpha', alpha);
      if (!change.ok) throw new Error(change.message);
      store.setState(() => change.state);
    });
  };

  it('out of sight it keeps its figures while the lab’s controls move, and catches up once they rest', () => {
    vi.useFakeTimers();
    const { store } = renderWithStore(
      <OnScreenContext value={false}>
        <Scaling />
      </OnScreenContext>,
    );
    expect(rescaledRun()).toHaveTextContent('alpha = 10, r = 0.6.');
    setAlpha(store, 2e-11);
    act(() => {
      vi.advanceTimersByTime(AT_REST_MS - 50);
    });
    // A second change before the controls rest starts the wait again.
    setAlpha(store, 1.5e-11);
    act(() => {
      vi.advanceTimersByTime(AT_REST_MS - 50);
    });
    expect(rescaledRun()).toHaveTextContent('alpha = 10, r = 0.6.');
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(rescaledRun()).toHaveTextContent('alpha = 15, r = 0.4.');
  });

  it('on the screen it follows every change a frame behind the lab, and coming onto the screen shows the lab’s current run', async () => {
    const { store, rerender } = renderWithStore(
      <OnScreenContext value={false}>
        <Scaling />
      </OnScreenContext>,
    );
    setAlpha(store, 2e-11);
    expect(rescaledRun()).toHaveTextContent('alpha = 10, r = 0.6.');
    rerender(
      <TutorialContext value={store}>
        <OnScreenContext value={true}>
          <Scaling />
        </OnScreenContext>
      </TutorialContext>,
    );
    expect(rescaledRun()).toHaveTextContent('alpha = 20, r = 0.2.');
    setAlpha(store, 1.5e-11);
    // The frame that answers the lab's slider draws the lab; this chapter follows after it.
    expect(rescaledRun()).toHaveTextContent('alpha = 20, r = 0.2.');
    await paintedFrame();
    expect(rescaledRun()).toHaveTextContent('alpha = 15, r = 0.4.');
  });
});
