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
});
