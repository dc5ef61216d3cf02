import { scaleLinear } from 'd3-scale';
import { formatNumber, superscript } from '../../../core/index.ts';
import { chartLayout, type ChartLayout } from '../../../charts/chartLayout.ts';
import { finite } from '../../../charts/finite.ts';
import { formatTickValues } from '../../../charts/formatTickValues.ts';
import { iterationAxis } from '../../../charts/iterationAxis.ts';
import { longestLabel } from '../../../charts/longestLabel.ts';
import { seriesPath } from '../../../charts/seriesPath.ts';
import type { Tick } from '../../../charts/Tick.ts';
import { thinRun } from '../../../charts/thinRun.ts';

/** How the values of an iteration chart are read: as they are, or as log₁₀ of what is shown. */
export type ValueAxis = 'linear' | 'log10';

/** Everything a small by-iteration chart draws that does not depend on the current iteration. */
export interface IterationChartGeometry {
  readonly layout: ChartLayout;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** The whole line through the thinned values (drawn solid up to the current iteration, faded after). */
  readonly path: string;
  /** Plot x of iteration i, plot y of a value; both finite for finite input. */
  readonly x: (i: number) => number;
  readonly y: (value: number) => number;
  /** The iteration nearest to plot x `px`. */
  readonly nearest: (px: number) => number;
  /** Plot y of the target line, or null. */
  readonly targetY: number | null;
}

/**
 * Ticks for a log₁₀ axis from `low` to `high` (log₁₀ units): whole powers of ten ("10⁵", "1,000")
 * when it spans two decades or more, else 1-2-5 (or 1 to 9) times a power of ten ("20,000",
 * "30,000"), at most about `count` of them. Values are log₁₀ of the labelled numbers.
 */
export function logTicks(low: number, high: number, count: number): { value: number; label: string }[] {
  if (!Number.isFinite(low) || !Number.isFinite(high) || high < low) return [];
  const powerLabel = (k: number): string => (k >= -3 && k <= 3 ? formatNumber(10 ** k) : `10${superscript(k)}`);
  if (high - low >= 2) {
    return scaleLinear()
      .domain([low, high])
      .ticks(Math.max(2, count))
      .filter(Number.isInteger)
      .map((k) => ({ value: k, label: powerLabel(k) }));
  }
  const choose = (mantissas: readonly number[]) => {
    const out: { value: number; label: string }[] = [];
    for (let k = Math.floor(low); k <= Math.ceil(high); k += 1) {
      for (const m of mantissas) {
        const value = Math.log10(m) + k;
        if (value >= low - 1e-9 && value <= high + 1e-9) out.push({ value, label: formatNumber(m * 10 ** k, 3) });
      }
    }
    return out;
  };
  for (const mantissas of [[1], [1, 2, 5], [1, 2, 3, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]]) {
    const ticks = choose(mantissas);
    if (ticks.length >= Math.min(3, count)) return ticks.length > count * 1.5 && mantissas.length > 1 ? choose([1, 2, 5]) : ticks;
  }
  return choose([1, 2, 3, 4, 5, 6, 7, 8, 9]);
}

/**
 * A small chart of one value by iteration: `values[i]` for iterations 0 to `length − 1`, with an
 * optional target line, thinned once per run and width. On a 'log10' axis the values are
 * log₁₀ of the quantity shown and the ticks are labelled with the quantity.
 */
export function iterationChartGeometry(
  values: Float64Array,
  length: number,
  width: number,
  height: number | undefined,
  axis: ValueAxis,
  target: number | null,
): IterationChartGeometry {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < length; i += 1) {
    const v = values[i] ?? Number.NaN;
    if (!Number.isFinite(v)) continue;
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  if (target !== null && Number.isFinite(target)) {
    low = Math.min(low, target);
    high = Math.max(high, target);
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) {
    low = 0;
    high = 1;
  }
  const span = high - low;
  const pad = span > 0 && Number.isFinite(span) ? span * 0.08 : Math.max(Math.abs(low) * 0.1, axis === 'log10' ? 0.1 : 1);
  low = Number.isFinite(low - pad) ? low - pad : low;
  high = Number.isFinite(high + pad) ? high + pad : high;
  const provisional = chartLayout(width, height);
  const rawTicks =
    axis === 'log10'
      ? logTicks(low, high, provisional.yTickCount)
      : (() => {
          const values = scaleLinear().domain([low, high]).ticks(provisional.yTickCount).filter(Number.isFinite);
          const labels = formatTickValues(values);
          return values.map((value, i) => ({ value, label: labels[i] ?? '' }));
        })();
  const layout = chartLayout(width, height, longestLabel(rawTicks.map((t) => ({ ...t, position: 0 }))));
  const scale = scaleLinear().domain([low, high]).range([layout.innerHeight, 0]);
  const y = (v: number): number => scale(v);
  const yTicks = rawTicks.map((t) => ({ ...t, position: finite(y(t.value)) }));
  const axisX = iterationAxis(length, layout.innerWidth, layout.xTickCount);
  const valueAt = (i: number): number => values[i] ?? Number.NaN;
  const kept = thinRun(values, length, layout.innerWidth);
  const path = seriesPath(kept, axisX.x, (i) => y(valueAt(i)), layout.innerWidth, layout.innerHeight);
  return {
    layout,
    xTicks: axisX.ticks,
    yTicks,
    path,
    x: axisX.x,
    y,
    nearest: axisX.nearest,
    targetY: target !== null && Number.isFinite(target) ? finite(y(target)) : null,
  };
}
