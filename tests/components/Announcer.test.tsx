import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Announcer } from '../../src/lab/Announcer.tsx';
import { Playback } from '../../src/lab/Playback.tsx';
import { runToEnd, setSpeed } from '../../src/store/index.ts';
import { renderWithStore } from './renderWithStore.tsx';

/** The announcer's polite live region (the only atomic one on the page). */
function liveRegion(container: HTMLElement): HTMLElement {
  const region = container.querySelector<HTMLElement>('[aria-live="polite"][aria-atomic="true"]');
  if (!region) throw new Error('No polite, atomic live region');
  return region;
}

function renderAnnouncer() {
  return renderWithStore(
    <>
      <Playback />
      <Announcer />
    </>,
  );
}

describe('Announcer', () => {
  it('reads out the iteration on show', () => {
    const { container } = renderAnnouncer();
    expect(liveRegion(container)).toHaveTextContent('Iteration 0: weight 1, prediction $200,000, error 9.91 × 10¹⁵.');
  });

  it('says "Iteration 3: weight 391.236" after three steps', async () => {
    const { container, user } = renderAnnouncer();
    const step = screen.getByRole('button', { name: 'Step' });
    await user.click(step);
    await user.click(step);
    await user.click(step);
    expect(liveRegion(container)).toHaveTextContent(/^Iteration 3: weight 391\.236, prediction \$78,247,200, error /);
  });

  it('adds how the run ends at the last iteration', () => {
    const { container, store } = renderAnnouncer();
    act(() => {
      store.setState(runToEnd);
    });
    expect(liveRegion(container)).toHaveTextContent(/^Iteration 72: weight 498\.75, .* Reached the goal exactly\.$/);
  });

  it('is empty while playing faster than 1 per second, and speaks again on pause', async () => {
    const { container, user } = renderAnnouncer();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(liveRegion(container)).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(liveRegion(container)).toHaveTextContent('Iteration 0: weight 1');
  });

  it('keeps speaking while playing at 1 per second', async () => {
    const { container, user, store } = renderAnnouncer();
    act(() => {
      store.setState((s) => setSpeed(s, 1));
    });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(liveRegion(container)).toHaveTextContent('Iteration 0: weight 1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '30 per second');
    expect(liveRegion(container)).toBeEmptyDOMElement();
  });
});
