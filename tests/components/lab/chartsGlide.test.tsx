import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Lab } from '../../../src/lab/Lab.tsx';
import { goTo, setSpeed, type TutorialState } from '../../../src/store/index.ts';
import { renderWithStore } from '../renderWithStore.tsx';

const charts = () => screen.getAllByRole('figure').filter((figure) => figure.classList.contains('chart'));
const playing = (state: TutorialState, speed: number): TutorialState => {
  const faster = setSpeed(state, speed);
  return { ...faster, lab: { ...faster.lab, playing: true } };
};

describe("The lab's charts while playing", () => {
  it('glide from iteration to iteration below 30 per second, and jump from 30 per second up', () => {
    const { store } = renderWithStore(<Lab />);
    expect(charts()).toHaveLength(3);
    const stepTo = (index: number) => {
      act(() => {
        store.setState((state) => goTo(state, index, { keepPlaying: true }));
      });
    };

    act(() => {
      store.setState((state) => playing(state, 10));
    });
    stepTo(1);
    for (const chart of charts()) expect(chart).not.toHaveClass('chart--snap');

    act(() => {
      store.setState((state) => playing(state, 30));
    });
    stepTo(2);
    for (const chart of charts()) expect(chart).toHaveClass('chart--snap');

    // Paused again, a step glides.
    act(() => {
      store.setState((state) => ({ ...state, lab: { ...state.lab, playing: false } }));
    });
    stepTo(3);
    for (const chart of charts()) expect(chart).not.toHaveClass('chart--snap');
  });
});
