import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Trace } from '../../src/lab/Trace.tsx';
import { goTo, pause, play, runToEnd, setSpeed, stepForward, type TutorialState } from '../../src/store/index.ts';
import { labState, renderWithStore } from './renderWithStore.tsx';

const currentRow = () => {
  const current = screen.getAllByRole('row').filter((row) => row.getAttribute('aria-current') === 'step');
  expect(current).toHaveLength(1);
  return current[0]!;
};

function openProgramOutput(): void {
  const details = screen.getByText('The run as the article’s program printed it').closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}
const programLines = () => screen.getByLabelText('Program output').textContent.split('\n');

function renderTrace(state?: TutorialState) {
  return renderWithStore(<Trace />, state);
}

describe('Trace table', () => {
  it('shows iterations 0 to 8 and marks iteration 0 as the current step', () => {
    renderTrace();
    expect(screen.getByRole('table', { name: 'Iterations 0 to 8 of 72; the current one is marked.' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(1 + 9);
    const row = currentRow();
    expect(within(row).getByRole('rowheader')).toHaveTextContent('0');
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '1',
      '$200,000',
      '−\u2060$99,550,000',
      '9.91\u00a0×\u00a010¹⁵',
      '−1.991\u00a0×\u00a010¹³',
    ]);
  });

  it('moves the mark and the window of rows with the iteration', () => {
    const { store } = renderTrace(labState({}, { index: 10 }));
    expect(screen.getByRole('table', { name: 'Iterations 6 to 14 of 72; the current one is marked.' })).toBeInTheDocument();
    expect(within(currentRow()).getByRole('rowheader')).toHaveTextContent('10');
    act(() => {
      store.setState(stepForward);
    });
    expect(within(currentRow()).getByRole('rowheader')).toHaveTextContent('11');
    act(() => {
      store.setState(runToEnd);
    });
    // Always nine rows: at the end, the last nine.
    expect(screen.getByRole('table', { name: 'Iterations 64 to 72 of 72; the current one is marked.' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(1 + 9);
    expect(within(currentRow()).getByRole('rowheader')).toHaveTextContent('72');
  });

  it('a step moves one row to the other end of the window and leaves the other eight untouched', () => {
    const { store } = renderTrace(labState({}, { index: 10 }));
    const rowOf = (iteration: number) =>
      screen.getAllByRole('row').find((row) => row.querySelector('th')?.textContent === String(iteration));
    const before = new Map([6, 7, 8, 9, 10, 11, 12, 13, 14].map((i) => [i, rowOf(i)]));
    const texts = new Map([...before].map(([i, row]) => [i, row?.textContent]));
    act(() => {
      store.setState(stepForward);
    });
    expect(screen.getByRole('table', { name: 'Iterations 7 to 15 of 72; the current one is marked.' })).toBeInTheDocument();
    for (let i = 7; i <= 14; i += 1) {
      expect(rowOf(i)).toBe(before.get(i));
      expect(rowOf(i)?.textContent).toBe(texts.get(i));
    }
    // The row that showed iteration 6 now shows 15, at the bottom.
    const rows = screen.getAllByRole('row');
    expect(rows.at(-1)).toBe(before.get(6));
    expect(within(rows.at(-1)!).getByRole('rowheader')).toHaveTextContent('15');
  });

  it('while playing fast shows a sample of the iterations, and every step again once paused', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const { store } = renderTrace();
      const currentIteration = () => Number(within(currentRow()).getByRole('rowheader').textContent);
      act(() => {
        store.setState((s) => play(setSpeed(s, 1000)));
      });
      // Frames 16 ms apart, each moving the iteration on by 2.
      const seen = new Set<number>();
      for (let i = 2; i <= 40; i += 2) {
        act(() => {
          vi.advanceTimersByTime(16);
          store.setState((s) => goTo(s, i, { keepPlaying: true }));
        });
        seen.add(currentIteration());
      }
      // 20 frames in 320 ms: the table changed a few times, not 20, and lags the play.
      expect(seen.size).toBeGreaterThanOrEqual(2);
      expect(seen.size).toBeLessThanOrEqual(5);
      expect(currentIteration()).toBeLessThan(40);
      act(() => {
        vi.advanceTimersByTime(125);
      });
      expect(currentIteration()).toBe(40);
      act(() => {
        store.setState((s) => pause(goTo(s, 42, { keepPlaying: true })));
      });
      expect(currentIteration()).toBe(42);
      act(() => {
        store.setState(stepForward);
      });
      expect(currentIteration()).toBe(43);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the table scrolls as a focusable, named region', () => {
    renderTrace();
    expect(screen.getByRole('region', { name: 'Iterations around the current one' })).toHaveAttribute('tabindex', '0');
  });
});

describe('Trace: program output', () => {
  it('is not made until opened', () => {
    renderTrace();
    expect(screen.queryByLabelText('Program output')).not.toBeInTheDocument();
  });

  it('at iteration 0 shows the first line the article’s program printed', () => {
    renderTrace();
    openProgramOutput();
    expect(programLines()).toEqual(['weight: 1.0, current_prediction: , goal_prediction: 9.975e7']);
    expect(screen.getByText(/The program stops when a prediction equals the goal exactly/)).toBeInTheDocument();
  });

  it('grows a line per step and ends with the completion line', () => {
    const { store } = renderTrace();
    openProgramOutput();
    act(() => {
      store.setState(stepForward);
    });
    const lines = programLines();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^weight: 200\.1, current_prediction: 2\.0e5, goal_prediction: 9\.975e7$/);
    act(() => {
      store.setState(runToEnd);
    });
    const all = programLines();
    expect(all).toHaveLength(74);
    expect(all.at(-1)).toBe('Training Complete, final weight: 498.75');
  });

  it('closing it removes the lines', () => {
    renderTrace();
    openProgramOutput();
    const details = screen.getByText('The run as the article’s program printed it').closest('details')!;
    details.open = false;
    fireEvent(details, new Event('toggle'));
    expect(screen.queryByLabelText('Program output')).not.toBeInTheDocument();
  });

  it('says the program would crash on a diverging run', () => {
    renderTrace(labState({ alpha: 6e-11 }));
    openProgramOutput();
    expect(screen.getByText(/The program would crash after line/)).toBeInTheDocument();
  });

  it('says the program would keep printing for ever on a stuck run', () => {
    renderTrace(labState({ alpha: 5e-12 }));
    openProgramOutput();
    expect(screen.getByText(/it would keep printing for ?ever/)).toBeInTheDocument();
  });

  it('copies all the lines', async () => {
    const { user } = renderTrace();
    openProgramOutput();
    await user.click(screen.getByRole('button', { name: 'Copy all 74 lines' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Copied all lines.');
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n')).toHaveLength(74);
    expect(copied.startsWith('weight: 1.0, current_prediction: , goal_prediction: 9.975e7\n')).toBe(true);
  });
});

describe('Trace: CSV download', () => {
  const blobs: Blob[] = [];
  const revoked: string[] = [];
  const stopNavigation = (event: Event) => {
    event.preventDefault();
  };

  beforeEach(() => {
    blobs.length = 0;
    revoked.length = 0;
    // jsdom has no object URLs; record what the page asks for.
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      writable: true,
      value: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:the-run';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', {
      configurable: true,
      writable: true,
      value: (url: string) => {
        revoked.push(url);
      },
    });
    // jsdom cannot navigate; the page's own handler has run by the time the click reaches the document.
    document.addEventListener('click', stopNavigation);
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    document.removeEventListener('click', stopNavigation);
  });

  it('offers the whole run as a CSV of 73 rows, made when clicked', async () => {
    renderTrace();
    const link = screen.getByRole('link', { name: 'Download the whole run (CSV, 73 rows)' });
    expect(link).toHaveAttribute('download', 'predict-compare-learn-run.csv');
    fireEvent.click(link);
    expect(link).toHaveAttribute('href', 'blob:the-run');
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('text/csv');
    const text = await blobs[0]!.text();
    const rows = text.trimEnd().split('\n');
    expect(rows[0]).toBe('iteration,weight,prediction,delta,error,weight_delta,new_weight');
    expect(rows).toHaveLength(74);
    expect(rows[1]).toBe('0,1,200000,-99550000,9910202500000000,-19910000000000,200.1');
    vi.advanceTimersByTime(10_000);
    expect(revoked).toEqual(['blob:the-run']);
  });

  it('counts the rows of the run on show', () => {
    renderTrace(labState({ alpha: 2.5e-11 }));
    expect(screen.getByRole('link', { name: 'Download the whole run (CSV, 2 rows)' })).toBeInTheDocument();
  });
});
