import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorSurface } from '../../../src/core/index.ts';
import { CONTOUR_LEVELS, CONTOUR_RESOLUTION, ContourMap, type ContourMapProps } from '../../../src/charts/contour/ContourMap.tsx';
import { contourBand, contourGrid, excessThresholds, squareDomain } from '../../../src/charts/contour/contourGeometry.ts';
import { contourLayout } from '../../../src/charts/contour/contourLayout.ts';

// Two inputs, an exact fit at weights (2, −1): the bowl's lowest error is 0.
const examples = [
  { inputs: [1, 0.5], goal: 1.5 },
  { inputs: [0.2, 1], goal: -0.6 },
  { inputs: [-0.7, 0.4], goal: -1.8 },
];
const best = [2, -1] as const;
const domain = squareDomain(best, [[0, 0]], 1);
const weights = Float64Array.from([0, 0, 1, -0.4, 1.6, -0.8, 1.9, -0.95]);

function props(index: number): ContourMapProps {
  return {
    title: 'Bowl',
    examples,
    domain,
    weights,
    length: 4,
    index,
    best,
    lowestLog10: -12,
    xLabel: 'weight 1',
    yLabel: 'weight 2',
    summary: 'A bowl',
    currentLines: [`Iteration ${String(index)}`],
    pointerLines: () => [],
    width: 480,
  };
}

describe('ContourMap', () => {
  it('draws each contour level as its own path, exactly as contourBand draws it', () => {
    const { container } = render(<ContourMap {...props(0)} />);
    const surface = errorSurface(examples, domain.x, domain.y, CONTOUR_RESOLUTION);
    const { plot } = contourLayout(480, domain);
    const levels = excessThresholds(surface.log10Mse, CONTOUR_LEVELS, -12);
    const grid = contourGrid(surface.log10Mse, CONTOUR_RESOLUTION, CONTOUR_RESOLUTION);
    if (grid === null) throw new Error('a contour grid');
    const drawn = [...container.querySelectorAll('path.contour-band')].map((path) => path.getAttribute('d') ?? '');
    expect(levels.length).toBeGreaterThan(6);
    expect(drawn).toEqual(levels.map((level) => contourBand(grid, level, plot, plot).d));
    expect(drawn.every((d) => d.startsWith('M'))).toBe(true);
  });

  it('keeps the contour paths as they are while stepping through the run', () => {
    const { container, rerender } = render(<ContourMap {...props(0)} />);
    const before = [...container.querySelectorAll('path.contour-band')];
    const d = before.map((path) => path.getAttribute('d'));
    const past = container.querySelector('path.contour-path:not(.contour-path--future)')?.getAttribute('d');
    rerender(<ContourMap {...props(3)} />);
    const after = [...container.querySelectorAll('path.contour-band')];
    expect(after).toHaveLength(before.length);
    after.forEach((path, k) => {
      expect(path).toBe(before[k]);
      expect(path.getAttribute('d')).toBe(d[k]);
    });
    // The run's path did move on.
    expect(container.querySelector('path.contour-path:not(.contour-path--future)')?.getAttribute('d')).not.toBe(past);
  });
});
