import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSampled } from '../../../src/layout/useSampled.ts';

function Shown({ value, interval }: { value: number; interval: number }) {
  return <p>{useSampled(value, interval)}</p>;
}

const shown = () => Number(screen.getByRole('paragraph').textContent);

describe('useSampled', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes every value through at once with an interval of 0', () => {
    const { rerender } = render(<Shown value={1} interval={0} />);
    for (let v = 2; v <= 5; v += 1) {
      rerender(<Shown value={v} interval={0} />);
      expect(shown()).toBe(v);
    }
  });

  it('shows a value that changes every frame once per interval, and the latest one at the end', () => {
    const { rerender } = render(<Shown value={0} interval={125} />);
    const seen = new Set<number>();
    // 60 changes, one every 16 ms: about 1 s.
    for (let v = 1; v <= 60; v += 1) {
      act(() => {
        vi.advanceTimersByTime(16);
      });
      rerender(<Shown value={v} interval={125} />);
      seen.add(shown());
    }
    // The first change comes through at once, then one sample per 125 ms of the 960 ms.
    expect(seen.size).toBeGreaterThanOrEqual(7);
    expect(seen.size).toBeLessThanOrEqual(10);
    expect(shown()).toBeLessThan(60);
    act(() => {
      vi.advanceTimersByTime(125);
    });
    expect(shown()).toBe(60);
  });

  it('starts sampling from the value of the moment and stops it at once', () => {
    const { rerender } = render(<Shown value={1} interval={0} />);
    rerender(<Shown value={40} interval={0} />);
    rerender(<Shown value={41} interval={125} />);
    expect(shown()).toBe(41);
    rerender(<Shown value={42} interval={0} />);
    expect(shown()).toBe(42);
  });
});
