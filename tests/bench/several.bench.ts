import { bench, describe } from 'vitest';
import { errorSurface } from '../../src/core/index.ts';
import { contourBand, contourGrid, excessThresholds } from '../../src/charts/contour/contourGeometry.ts';
import { BEST, examplesFor } from '../../src/steps/beyond/several/data.ts';
import { log10ExcessSeries, log10MseSeries } from '../../src/steps/beyond/several/series.ts';
import { createSeveralState } from '../../src/steps/beyond/several/severalState.ts';

// What the "Several inputs" chapter computes when it first renders: the error series of its
// default run, and its contour map. Figures go to docs/PERFORMANCE.md; nothing is asserted here.
const { run } = createSeveralState();
const examples = examplesFor('raw');
const surface = errorSurface(examples, [-1, 1], [-1, 1], 60);
const grid = contourGrid(surface.log10Mse, 60, 60);
const levels = excessThresholds(surface.log10Mse, 12, Math.min(...surface.log10Mse));

describe(`the default run's error series (${String(run.length)} iterations)`, () => {
  bench('log₁₀ mean squared error at every iteration', () => {
    log10MseSeries(run);
  });
  bench('log₁₀ excess error at every iteration', () => {
    log10ExcessSeries(run, BEST.raw);
  });
});

describe('a contour map, 60 × 60 grid', () => {
  bench('one contour level', () => {
    if (grid !== null && levels[6] !== undefined) contourBand(grid, levels[6], 400, 400);
  });
  bench('all 12 levels', () => {
    if (grid !== null) for (const level of levels) contourBand(grid, level, 400, 400);
  });
});
