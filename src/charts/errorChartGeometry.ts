import { formatNumber, formatSquareOfNumber, type Run } from '../core/index.ts';
import { chartLayout, type ChartLayout } from './chartLayout.ts';
import type { ChartPoint } from './ChartPoint.ts';
import { clampIndex } from './clampIndex.ts';
import { clampToPlot } from './clampToPlot.ts';
import { describeStop } from './describeStop.ts';
import { errorAxis } from './errorAxis.ts';
import type { ErrorExtent } from './errorExtent.ts';
import { errorLogAt } from './errorLogs.ts';
import { iterationAxis } from './iterationAxis.ts';
import { longestLabel } from './longestLabel.ts';
import { seriesPath } from './seriesPath.ts';
import type { Tick } from './Tick.ts';

/** What the error chart shows for one iteration. */
export interface ErrorChartMoment {
  readonly current: ChartPoint;
  /** The x position of the current iteration, where the line turns from solid to faded. */
  readonly split: number;
  /** Whether the current iteration has reached the run's error of exactly 0 (if it has one). */
  readonly zeroReached: boolean;
  /** The text alternative for the current iteration. */
  readonly summary: string;
}

/** Everything the error chart draws, in pixels, for one run and size; `at` adds an iteration. */
export interface ErrorChartGeometry {
  readonly layout: ChartLayout;
  readonly xTicks: readonly Tick[];
  /**
   * Ticks at powers of ten ("10ⁿ", values log₁₀(error)), plus "0 (exact)" in the zero band when
   * there is one (value 0, the error itself).
   */
  readonly yTicks: readonly Tick[];
  /** The whole line through the thinned errors, drawn solid up to the current iteration. */
  readonly path: string;
  /** The bottom of the logarithmic part of the plot (px). */
  readonly logBottom: number;
  /**
   * The error of exactly 0, when the run reaches it: the marker in the zero band, and the dashed
   * drop to it from the iteration before.
   */
  readonly zero: {
    readonly x: number;
    readonly y: number;
    readonly dropFrom: { readonly x: number; readonly y: number } | null;
  } | null;
  /** The iteration nearest to a pointer at plot x `px`. */
  readonly pointNear: (px: number) => ChartPoint;
  /** The current iteration's marker, split and text alternative (cheap: no pass over the run). */
  readonly at: (index: number) => ErrorChartMoment;
}

const plural = (n: number, word: string): string => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The error chart's geometry: log₁₀(error) by iteration (`errorLogAt`, with the run's
 * `errorExtent`), one path through `kept`, the errors thinned once per run and width
 * (`thinRun` with the run's example). The axis spans the whole run, so none of this depends on the current iteration:
 * stepping only calls `at`. An error of exactly 0 sits in a band of its own at the foot.
 */
export function errorChartGeometry(
  run: Run,
  extent: ErrorExtent,
  kept: readonly number[],
  width: number,
  height?: number,
): ErrorChartGeometry {
  const { input, goal } = run.params;

  const draft = chartLayout(width, height);
  const axis = errorAxis(extent.logs, extent.zeroAt !== null, draft.innerHeight, draft.yTickCount);
  const yTicks = axis.zeroTick === null ? axis.ticks : [axis.zeroTick, ...axis.ticks];
  const layout = chartLayout(width, height, longestLabel(yTicks));
  const { innerWidth, innerHeight } = layout;
  const xAxis = iterationAxis(run.length, innerWidth, layout.xTickCount);

  const logAt = (i: number): number => errorLogAt(run, i);
  const yAt = (i: number): number => axis.y(logAt(i));
  const deltaAt = (i: number): number => input * (run.weights[i] ?? Number.NaN) - goal;
  const pointAt = (i: number): ChartPoint => {
    const delta = deltaAt(i);
    const y = delta === 0 && axis.zeroY !== null ? axis.zeroY : yAt(i);
    return {
      index: i,
      x: clampToPlot(xAxis.x(i), innerWidth),
      y: clampToPlot(y, innerHeight, innerHeight),
      lines: [`Iteration ${formatNumber(i)}`, `Error ${delta === 0 ? '0 (exact)' : formatSquareOfNumber(delta)}`],
    };
  };

  let zero: ErrorChartGeometry['zero'] = null;
  if (extent.zeroAt !== null && axis.zeroY !== null) {
    const before = extent.zeroAt - 1;
    const from = before >= 0 && Number.isFinite(logAt(before)) ? pointAt(before) : null;
    zero = {
      x: clampToPlot(xAxis.x(extent.zeroAt), innerWidth),
      y: clampToPlot(axis.zeroY, innerHeight),
      dropFrom: from === null ? null : { x: from.x, y: from.y },
    };
  }
  const zeroAt = extent.zeroAt;

  return {
    layout,
    xTicks: xAxis.ticks,
    yTicks,
    path: seriesPath(kept, xAxis.x, yAt, innerWidth, innerHeight),
    logBottom: axis.logBottom,
    zero,
    pointNear: (px) => pointAt(xAxis.nearest(px)),
    at: (index) => {
      const current = clampIndex(index, run.length);
      const delta = deltaAt(current);
      const errorNow = delta === 0 ? 'exactly 0' : formatSquareOfNumber(delta);
      const point = pointAt(current);
      return {
        current: point,
        split: point.x,
        zeroReached: zeroAt !== null && current >= zeroAt,
        summary:
          `Error by iteration (log scale): ${plural(run.length, 'iteration')}, ${describeStop(run)}; ` +
          `at iteration ${formatNumber(current)} the error is ${errorNow}.`,
      };
    },
  };
}
