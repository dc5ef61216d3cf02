import type { Run } from '../core/index.ts';
import { chartLayout } from './chartLayout.ts';
import { errorChartGeometry } from './errorChartGeometry.ts';
import { errorExtent } from './errorExtent.ts';
import { landscapeGeometry } from './landscapeGeometry.ts';
import { thinRun } from './thinRun.ts';
import { weightChartGeometry } from './weightChartGeometry.ts';

/** What the lab's three charts draw and say for one run and iteration. */
export interface LabChartLines {
  /** Each chart's line: the weight and error by iteration, the landscape's parabola. */
  readonly paths: readonly [weight: string, error: string, landscape: string];
  /** Each chart's text alternative, in the same order. */
  readonly summaries: readonly [weight: string, error: string, landscape: string];
}

/**
 * The geometry of the lab's weight, error and landscape charts for a run at one iteration,
 * computed the way the chart components compute it (thinning, logarithms, scales, ticks, path
 * data), without drawing anything. `width` is the weight and error charts' width; the landscape
 * spans two of them.
 */
export function labChartGeometry(run: Run, index: number, width: number): LabChartLines {
  const columns = chartLayout(width).width;
  const weight = weightChartGeometry(run, thinRun(run.weights, run.length, columns), index, width);
  const errorsKept = thinRun(run.weights, run.length, columns, run.params);
  const error = errorChartGeometry(run, errorExtent(run, errorsKept), errorsKept, width);
  const landscape = landscapeGeometry(run, index, 2 * width);
  return {
    paths: [weight.path, error.path, landscape.curvePath],
    summaries: [weight.summary, error.at(index).summary, landscape.summary],
  };
}
