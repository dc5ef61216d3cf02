import { formatNumber, idealWeight, type Run } from '../core/index.ts';
import { chartLayout, type ChartLayout } from './chartLayout.ts';
import type { ChartPoint } from './ChartPoint.ts';
import { clampIndex } from './clampIndex.ts';
import { clampToPlot } from './clampToPlot.ts';
import { describeStop } from './describeStop.ts';
import type { Extent } from './Extent.ts';
import { finite } from './finite.ts';
import { iterationAxis, type IterationAxis } from './iterationAxis.ts';
import { longestLabel } from './longestLabel.ts';
import { seriesPath } from './seriesPath.ts';
import type { Tick } from './Tick.ts';
import { untilOffChart } from './untilOffChart.ts';
import { weightAxis, type WeightAxis } from './weightAxis.ts';
import { weightDomain } from './weightDomain.ts';

/** Everything the weight chart draws, in pixels, for one run, iteration and size. */
export interface WeightChartGeometry {
  readonly layout: ChartLayout;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly yLabel: string;
  readonly scale: 'linear' | 'symlog';
  /**
   * The whole line through the thinned weights, up to where the run's future runs a plot height
   * beyond the chart (a diverging run's would otherwise fill the plot with clipped swings). It
   * is drawn solid up to `split` and faded after.
   */
  readonly path: string;
  /** The x position of the current iteration, where the line turns from solid to faded. */
  readonly split: number;
  /** The dashed line at the ideal weight, or null when there is none (input 0). */
  readonly target: { readonly y: number; readonly label: string } | null;
  readonly current: ChartPoint;
  /** The iteration nearest to a pointer at plot x `px`. */
  readonly pointNear: (px: number) => ChartPoint;
  /** The text alternative for the current iteration. */
  readonly summary: string;
}

/**
 * What the weight chart draws that stays the same while the reader steps through a run and the
 * weights seen so far keep their extent: the layout, both axes and the line. Stepping through
 * the article's run, or playing it, leaves them as they are, and the chart computes them once
 * (docs/PERFORMANCE.md, fifteenth pass).
 */
export interface WeightChartAxes {
  readonly layout: ChartLayout;
  readonly x: IterationAxis;
  readonly y: WeightAxis;
  /** The y position of iteration `i`'s weight, in plot pixels. */
  readonly yAt: (i: number) => number;
  /**
   * The path through the first `count` kept iterations. It remembers the last one it drew: the
   * count changes only while the line still grows towards the chart's edge.
   */
  readonly pathThrough: (count: number) => string;
}

const plural = (n: number, word: string): string => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The weights the y axis covers at iteration `index`: those of iterations 0 to `index` and the
 * ideal weight. Only the weights seen so far count, so a diverging run's later weights (up to
 * 10²⁹⁷) do not squash the steps the reader is looking at.
 */
export function weightChartExtent(run: Run, index: number): Extent {
  return weightDomain(run.weights, clampIndex(index, run.length), idealWeight(run.params));
}

/**
 * The weight chart's layout, axes and line for weights spanning `extent` (`weightChartExtent`),
 * `kept` being the run's iterations thinned for the chart's width (`thinRun`). The y axis turns
 * signed-log when the extent spans too many orders of magnitude.
 */
export function weightChartAxes(
  run: Run,
  kept: readonly number[],
  extent: Extent,
  width: number,
  height?: number,
): WeightChartAxes {
  const { weights } = run;
  const target = idealWeight(run.params);
  const reference = Math.max(Math.abs(target ?? 0), Math.abs(weights[0] ?? 0));
  const draft = chartLayout(width, height);
  const y = weightAxis(extent, reference, draft.innerHeight, draft.yTickCount);
  const layout = chartLayout(width, height, longestLabel(y.ticks));
  const { innerWidth, innerHeight } = layout;
  const x = iterationAxis(run.length, innerWidth, layout.xTickCount);
  const yAt = (i: number): number => y.y(weights[i] ?? Number.NaN);
  let drawn = -1;
  let path = '';
  return {
    layout,
    x,
    y,
    yAt,
    pathThrough: (count) => {
      if (count !== drawn) {
        drawn = count;
        path = seriesPath(kept.slice(0, count), x.x, yAt, innerWidth, innerHeight);
      }
      return path;
    },
  };
}

/**
 * The weight chart's geometry: weight by iteration as one path through `kept`, the run's
 * weights thinned once per run and width (`thinRun`), solid up to the current iteration and
 * faded after it. `axes` are the chart's layout, axes and line for the weights seen up to
 * `index`: a chart that keeps them while their extent stays the same computes, for each step,
 * only the current point, the split and the text.
 */
export function weightChartGeometry(
  run: Run,
  kept: readonly number[],
  index: number,
  width: number,
  height?: number,
  axes: WeightChartAxes = weightChartAxes(run, kept, weightChartExtent(run, index), width, height),
): WeightChartGeometry {
  const current = clampIndex(index, run.length);
  const { weights } = run;
  const target = idealWeight(run.params);
  const { layout, x: xAxis, y: axis, yAt } = axes;
  const { innerWidth, innerHeight } = layout;

  const weightAt = (i: number): number => weights[i] ?? Number.NaN;

  // Kept indices up to the current iteration, then on until the first one far off the chart.
  let end = 0;
  while (end < kept.length && (kept[end] ?? 0) <= current) end += 1;
  const off = untilOffChart(end - 1, kept.length - 1, (k) => yAt(kept[k] ?? 0), -innerHeight, 2 * innerHeight);

  const pointAt = (i: number): ChartPoint => ({
    index: i,
    x: clampToPlot(xAxis.x(i), innerWidth),
    y: clampToPlot(yAt(i), innerHeight, innerHeight),
    lines: [`Iteration ${formatNumber(i)}`, `Weight ${formatNumber(weightAt(i), 6)}`],
  });
  const now = pointAt(current);

  const targetY = target === null ? Number.NaN : axis.y(target);
  const logNote = axis.kind === 'symlog' ? ' (signed-log scale)' : '';
  const targetNote = target === null ? '.' : `; target ${formatNumber(target, 6)}.`;
  const summary =
    `Weight by iteration${logNote}: ${plural(run.length, 'iteration')}, ${describeStop(run)}; ` +
    `at iteration ${formatNumber(current)} the weight is ${formatNumber(weightAt(current), 6)}${targetNote}`;

  return {
    layout,
    xTicks: xAxis.ticks,
    yTicks: axis.ticks,
    yLabel: axis.label,
    scale: axis.kind,
    path: axes.pathThrough(Math.max(end, off + 1)),
    split: now.x,
    target:
      target === null || !Number.isFinite(targetY)
        ? null
        : { y: finite(targetY), label: `target ${formatNumber(target, 6)}` },
    current: now,
    pointNear: (px) => pointAt(xAxis.nearest(px)),
    summary,
  };
}
