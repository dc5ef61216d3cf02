import { formatNumber, type ManyRun } from '../../core/index.ts';
import { chartLayout, type ChartLayout } from '../chartLayout.ts';
import type { ChartPoint } from '../ChartPoint.ts';
import { clampIndex } from '../clampIndex.ts';
import { clampToPlot } from '../clampToPlot.ts';
import type { Extent } from '../Extent.ts';
import { iterationAxis } from '../iterationAxis.ts';
import { longestLabel } from '../longestLabel.ts';
import { seriesPath } from '../seriesPath.ts';
import type { Tick } from '../Tick.ts';
import { formatLog } from './formatLog.ts';
import { logAxis } from './logAxis.ts';
import { stopPhrase } from './stopPhrase.ts';

/** What the chart shows for one iteration. */
export interface MseMoment {
  readonly current: ChartPoint;
  /** Where the line turns from solid to faded (px). */
  readonly split: number;
  readonly summary: string;
}

export interface MseChartGeometry {
  readonly layout: ChartLayout;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly path: string;
  /** The lowest error there is (at the best weight), as a dashed line, or null when it is 0. */
  readonly floor: { readonly y: number; readonly label: string } | null;
  /** Where the band for an error of exactly 0 begins (px), or null without one. */
  readonly zeroBandTop: number | null;
  readonly pointNear: (px: number) => ChartPoint;
  readonly at: (index: number) => MseMoment;
}

/**
 * The mean squared error by iteration on a logarithmic axis: `logs` from `mseLogs`, thinned to
 * `kept` (`thinRun`) once per run and width, with the lowest possible error (`floorLog`,
 * log₁₀ of the error at the best weight, or −Infinity when it is 0) as a dashed line. The axis
 * spans the whole run, so stepping only calls `at`. An error of exactly 0 sits in a band at the foot.
 */
export function mseChartGeometry(
  run: ManyRun,
  logs: Float64Array,
  floorLog: number,
  kept: readonly number[],
  width: number,
  height?: number,
): MseChartGeometry {
  let min = Number.isFinite(floorLog) ? floorLog : Number.POSITIVE_INFINITY;
  let max = Number.isFinite(floorLog) ? floorLog : Number.NEGATIVE_INFINITY;
  let hasZero = false;
  for (let i = 0; i < logs.length; i += 1) {
    const v = logs[i] as number;
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    } else if (v === Number.NEGATIVE_INFINITY) hasZero = true;
  }
  const extent: Extent | null = min <= max ? { min, max } : null;
  const options = { zeroBand: hasZero, zeroLabel: '0 (exact)' };
  const draft = chartLayout(width, height);
  const draftAxis = logAxis(extent, draft.innerHeight, 0, draft.yTickCount, options);
  const layout = chartLayout(width, height, longestLabel(draftAxis.zeroTick === null ? draftAxis.ticks : [draftAxis.zeroTick, ...draftAxis.ticks]));
  const { innerWidth, innerHeight } = layout;
  const axis = logAxis(extent, innerHeight, 0, layout.yTickCount, options);
  const xAxis = iterationAxis(run.length, innerWidth, layout.xTickCount);

  const logAt = (i: number): number => logs[i] ?? Number.NaN;
  const yOf = (log: number): number => {
    if (log === Number.NEGATIVE_INFINITY && axis.zeroAt !== null) return axis.zeroAt;
    if (log === Number.POSITIVE_INFINITY) return 0;
    return axis.at(log);
  };
  const pointAt = (i: number): ChartPoint => ({
    index: i,
    x: clampToPlot(xAxis.x(i), innerWidth),
    y: clampToPlot(yOf(logAt(i)), innerHeight, innerHeight),
    lines: [`Iteration ${formatNumber(i)}`, `Mean squared error ${formatLog(logAt(i))}`],
  });
  const floorText = Number.isFinite(floorLog) ? formatLog(floorLog) : '0';
  return {
    layout,
    xTicks: xAxis.ticks,
    yTicks: axis.zeroTick === null ? axis.ticks : [axis.zeroTick, ...axis.ticks],
    path: seriesPath(kept, xAxis.x, (i) => axis.at(logAt(i)), innerWidth, innerHeight),
    floor: Number.isFinite(floorLog) ? { y: clampToPlot(axis.at(floorLog), innerHeight), label: `lowest possible ${floorText}` } : null,
    zeroBandTop: hasZero ? axis.logEnd : null,
    pointNear: (px) => pointAt(xAxis.nearest(px)),
    at: (index) => {
      const current = clampIndex(index, run.length);
      const point = pointAt(current);
      return {
        current: point,
        split: point.x,
        summary:
          `Mean squared error by iteration (log scale): ${formatNumber(run.length)} iteration${run.length === 1 ? '' : 's'}, ${stopPhrase(run)}; ` +
          `at iteration ${formatNumber(current)} it is ${formatLog(logAt(current))}; the lowest possible, at the best weight, is ${floorText}.`,
      };
    },
  };
}
