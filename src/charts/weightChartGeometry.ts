import { formatNumber, idealWeight, type Run } from '../core/index.ts';
import { chartLayout, type ChartLayout } from './chartLayout.ts';
import type { ChartPoint } from './ChartPoint.ts';
import { clampIndex } from './clampIndex.ts';
import { clampToPlot } from './clampToPlot.ts';
import { describeStop } from './describeStop.ts';
import { finite } from './finite.ts';
import { iterationAxis } from './iterationAxis.ts';
import { longestLabel } from './longestLabel.ts';
import { seriesPath } from './seriesPath.ts';
import type { Tick } from './Tick.ts';
import { untilOffChart } from './untilOffChart.ts';
import { weightAxis } from './weightAxis.ts';
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

const plural = (n: number, word: string): string => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The weight chart's geometry: weight by iteration as one path through `kept`, the run's
 * weights thinned once per run and width (`thinRun`). The y axis covers the weights up to the
 * current iteration and the target, and turns signed-log when they span too many orders of
 * magnitude; so while those stay the same, stepping changes only `split` and the marker.
 */
export function weightChartGeometry(
  run: Run,
  kept: readonly number[],
  index: number,
  width: number,
  height?: number,
): WeightChartGeometry {
  const current = clampIndex(index, run.length);
  const { weights } = run;
  const target = idealWeight(run.params);
  const reference = Math.max(Math.abs(target ?? 0), Math.abs(weights[0] ?? 0));

  const draft = chartLayout(width, height);
  const axis = weightAxis(weightDomain(weights, current, target), reference, draft.innerHeight, draft.yTickCount);
  const layout = chartLayout(width, height, longestLabel(axis.ticks));
  const { innerWidth, innerHeight } = layout;
  const xAxis = iterationAxis(run.length, innerWidth, layout.xTickCount);

  const weightAt = (i: number): number => weights[i] ?? Number.NaN;
  const yAt = (i: number): number => axis.y(weightAt(i));

  // Kept indices up to the current iteration, then on until the first one far off the chart.
  let end = 0;
  while (end < kept.length && (kept[end] ?? 0) <= current) end += 1;
  const off = untilOffChart(end - 1, kept.length - 1, (k) => yAt(kept[k] ?? 0), -innerHeight, 2 * innerHeight);
  const shown = kept.slice(0, Math.max(end, off + 1));

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
    path: seriesPath(shown, xAxis.x, yAt, innerWidth, innerHeight),
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
