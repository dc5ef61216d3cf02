import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NearScreenContext } from '../../../src/layout/chapterMounting.ts';
import { TutorialContext, setParam } from '../../../src/store/index.ts';
import { Scaling } from '../../../src/steps/beyond/Scaling.tsx';
import { renderWithStore } from '../renderWithStore.tsx';

const rescaledRun = () => screen.getByRole('region', { name: /^Alpha rescaled by/ });

describe('Why alpha is so small', () => {
  it('repeats the lab’s run in millions: the article’s alpha rescaled by 1,000,000² keeps r = 0.6', () => {
    renderWithStore(<Scaling />);
    expect(rescaledRun()).toHaveTextContent('alpha = 1.0 × 10¹, r = 0.6.');
  });

  it('far from the screen it keeps its last figures while the lab changes, and catches up when it comes near', () => {
    const { store, rerender } = renderWithStore(
      <NearScreenContext value={false}>
        <Scaling />
      </NearScreenContext>,
    );
    expect(rescaledRun()).toHaveTextContent('alpha = 1.0 × 10¹, r = 0.6.');
    act(() => {
      const change = setParam(store.getState(), 'alpha', 2e-11);
      if (!change.ok) throw new Error(change.message);
      store.setState(() => change.state);
    });
    expect(rescaledRun()).toHaveTextContent('alpha = 1.0 × 10¹, r = 0.6.');
    rerender(
      <TutorialContext value={store}>
        <NearScreenContext value={true}>
          <Scaling />
        </NearScreenContext>
      </TutorialContext>,
    );
    expect(rescaledRun()).toHaveTextContent('alpha = 2.0 × 10¹, r = 0.2.');
  });
});
