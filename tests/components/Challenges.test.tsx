import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Challenges } from '../../src/steps/Challenges.tsx';
import { PRESETS, commitParam, commitParams } from '../../src/store/index.ts';
import { renderWithStore } from './renderWithStore.tsx';

const TITLES = [
  'Reach the goal in a single update',
  'Overshoot the goal and still get there',
  'Make it bounce between two weights forever',
  'Make it diverge',
  'Get it stuck just short of the goal',
] as const;

const item = (title: string) => {
  const found = screen.getAllByRole('listitem').find((li) => within(li).queryByText(title) !== null);
  if (!found) throw new Error(`No challenge “${title}”`);
  return found;
};

describe('Challenges', () => {
  it('starts with none of the five done', () => {
    renderWithStore(<Challenges />);
    expect(screen.getByRole('status')).toHaveTextContent('0 of 5 done.');
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    for (const title of TITLES) expect(item(title)).toHaveTextContent('(not done yet)');
    expect(item('Reach the goal in a single update')).toHaveTextContent('Which learning rate makes the correction exactly the size of the gap?');
  });

  it('ticks “Reach the goal in a single update” when alpha is 2.5e-11', () => {
    const { store } = renderWithStore(<Challenges />);
    act(() => {
      commitParam(store, 'alpha', 2.5e-11);
    });
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 done.');
    const done = item('Reach the goal in a single update');
    expect(done).toHaveTextContent('(done)');
    expect(done).toHaveTextContent('Done: the lab is doing it right now.');
    expect(item('Make it diverge')).toHaveTextContent('(not done yet)');

    // Once met, a challenge stays done when the lab moves on.
    act(() => {
      commitParam(store, 'alpha', 1e-11);
    });
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 done.');
    expect(item('Reach the goal in a single update')).toHaveTextContent(/Done\.$/);
  });

  it('the presets meet all five', () => {
    const { store } = renderWithStore(<Challenges />);
    for (const preset of PRESETS) {
      act(() => {
        commitParams(store, preset.params);
      });
    }
    expect(screen.getByRole('status')).toHaveTextContent('5 of 5 done.');
    for (const title of TITLES) expect(item(title)).toHaveTextContent('(done)');
  });
});
