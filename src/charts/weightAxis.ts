import { scaleLinear } from 'd3-scale';
import type { Extent } from './Extent.ts';
import { finite } from './finite.ts';
import { formatPowerOfTen } from './formatPowerOfTen.ts';
import { formatTickValues } from './formatTickValues.ts';
import { signedLog } from './signedLog.ts';
import { symlogTicks } from './symlogTicks.ts';
import type { Tick } from './Tick.ts';

/**
 * When the largest weight is more than this many times the scale of the lesson (the larger of
 * the target and the starting weight), a linear axis would flatten everything else into a line:
 * the axis switches to signed-log.
 */
export const SYMLOG_RATIO = 100;

/** The weight chart's vertical axis. */
export interface WeightAxis {
  readonly kind: 'linear' | 'symlog';
  /** The y position (px in the plot) of a weight; finite for every finite weight. */
  readonly y: (weight: number) => number;
  readonly ticks: readonly Tick[];
  /** The axis title: "Weight", or "Weight (signed-log scale)". */
  readonly label: string;
}

/** The next power of ten at or above `v` (> 0), or `v` itself if that is beyond a double. */
function ceilPowerOfTen(v: number): number {
  let p = 10 ** Math.ceil(Math.log10(v));
  if (p < v) p *= 10;
  return Number.isFinite(p) ? p : v;
}

/**
 * The vertical axis for weights in `extent` over a plot `plotHeight` px tall. `reference` is the
 * lesson's own scale (the larger magnitude of the target and the starting weight). Linear while
 * the weights stay within {@link SYMLOG_RATIO} times it; beyond, a signed-log (symlog) axis whose
 * linear part near 0 is a tenth of the reference wide, with ticks at 0 and ±10ᵏ. The signed-log
 * axis is d3's symlog transform (see `signedLog`) on a linear scale: d3's `scaleSymlog` computes
 * x / c first, which overflows to Infinity for weights near 10³⁰⁸ when c < 1.
 */
export function weightAxis(extent: Extent, reference: number, plotHeight: number, tickCount: number): WeightAxis {
  const { min, max } = extent;
  const span = max - min;
  const largest = Math.max(Math.abs(min), Math.abs(max));
  const scaleOfLesson = reference > 0 && Number.isFinite(reference) ? reference : 1;

  if (Number.isFinite(span) && largest <= SYMLOG_RATIO * scaleOfLesson) {
    const pad = span > 0 ? span * 0.08 : Math.max(Math.abs(max) * 0.1, 1);
    const scale = scaleLinear()
      .domain([min - pad, max + pad])
      .range([plotHeight, 0])
      .nice(tickCount);
    const values = scale.ticks(tickCount);
    const labels = formatTickValues(values);
    const ticks = values.map((value, i) => ({ value, position: finite(scale(value)), label: labels[i] ?? '' }));
    return { kind: 'linear', y: (w) => scale(w), ticks, label: 'Weight' };
  }

  const constant = scaleOfLesson / 10;
  const low = min < 0 ? -ceilPowerOfTen(-min) : 0;
  const high = max > 0 ? ceilPowerOfTen(max) : 0;
  const linear = scaleLinear()
    .domain([signedLog(low, constant), signedLog(high, constant)])
    .range([plotHeight, 0]);
  const y = (w: number): number => linear(signedLog(w, constant));
  const values = symlogTicks(low, high, constant, tickCount + 1, y, 16);
  const ticks = values.map((value) => ({ value, position: finite(y(value)), label: formatPowerOfTen(value) }));
  return { kind: 'symlog', y, ticks, label: 'Weight (signed-log scale)' };
}
