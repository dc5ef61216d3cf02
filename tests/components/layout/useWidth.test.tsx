import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWidth } from '../../../src/layout/useWidth.ts';

/** The callback of the one ResizeObserver the component under test creates. */
let report: ((entries: { contentRect: { width: number; height: number } }[]) => void) | null = null;

class FakeResizeObserver {
  constructor(callback: typeof report) {
    report = callback;
  }
  observe() {}
  disconnect() {}
}

/** Reports a new size for the observed element, as the browser would after a layout. */
function resize(width: number, height: number) {
  act(() => {
    report?.([{ contentRect: { width, height } }]);
  });
}

let renders = 0;

function Measured() {
  const [ref, width] = useWidth(640);
  renders += 1;
  return (
    <div ref={ref} data-testid="measured">
      {width}
    </div>
  );
}

describe('useWidth', () => {
  beforeEach(() => {
    renders = 0;
    report = null;
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts from the fallback, then follows the width the observer reports, in whole pixels', () => {
    render(<Measured />);
    expect(screen.getByTestId('measured').textContent).toBe('640');
    resize(500.7, 100);
    expect(screen.getByTestId('measured').textContent).toBe('500');
    resize(120, 100);
    expect(screen.getByTestId('measured').textContent).toBe('240');
  });

  it('does not render again when only the height changes (the lab’s verdicts change length with every run)', () => {
    render(<Measured />);
    resize(500, 100);
    const afterWidth = renders;
    resize(500, 300);
    resize(500.4, 180);
    resize(500, 420);
    expect(renders).toBe(afterWidth);
    resize(480, 420);
    expect(renders).toBe(afterWidth + 1);
    expect(screen.getByTestId('measured').textContent).toBe('480');
  });

  describe('before the observer says anything (a chapter far from the screen is not rendered)', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
      vi.restoreAllMocks();
    });

    it('measures the content box once, in a task of its own after mounting', () => {
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 436.6 } as DOMRect);
      render(<Measured />);
      const box = screen.getByTestId('measured');
      box.style.paddingLeft = '12px';
      box.style.borderRightWidth = '2px';
      box.style.borderRightStyle = 'solid';
      expect(box.textContent).toBe('640');
      act(() => {
        vi.runAllTimers();
      });
      expect(box.textContent).toBe('422');
      // The observer, once the chapter renders, reports the same width: nothing to draw again.
      const measured = renders;
      resize(422.3, 100);
      expect(renders).toBe(measured);
    });

    it('keeps the fallback when the element has no box yet', () => {
      render(<Measured />);
      act(() => {
        vi.runAllTimers();
      });
      expect(screen.getByTestId('measured').textContent).toBe('640');
    });
  });
});
