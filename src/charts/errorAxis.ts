import { scaleLinear } from 'd3-scale';
import { superscript } from '../core/index.ts';
import type { Extent } from './Extent.ts';
import { finite } from './finite.ts';
import type { Tick } from './Tick.ts';

/** Height of the band at the foot of the error chart where errors of exactly 0 sit. */
export const ZERO_BAND = 26;

/** The error chart's vertical axis, in log₁₀ units. */
export interface ErrorAxis {
  /** The y position (px in the plot) of an error given as log₁₀(error). */
  readonly y: (log10Error: number) => number;
  /** Ticks at whole powers of ten, labelled "10ⁿ"; their values are log₁₀(error). */
  readonly ticks: readonly Tick[];
  /** The "0 (exact)" tick in the zero band (its value is the error itself, 0), or null. */
  readonly zeroTick: Tick | null;
  /** The bottom of the logarithmic part (px): the whole plot unless there is a zero band. */
  readonly logBottom: number;
  /** Where errors of exactly 0 are drawn (px), or null when the run has none. */
  readonly zeroY: number | null;
}

/**
 * A logarithmic error axis drawn as a linear scale over log₁₀(error), so errors beyond a double
 * (10⁶⁰⁴) still have a place. The domain is widened to whole powers of ten, at least one apart.
 * With `hasZero`, the bottom {@link ZERO_BAND} px become a separate band for errors of exactly 0
 * (log₁₀ 0 is −∞), labelled "0 (exact)".
 */
export function errorAxis(logs: Extent | null, hasZero: boolean, plotHeight: number, tickCount: number): ErrorAxis {
  let low = logs === null ? -1 : Math.floor(logs.min);
  let high = logs === null ? 1 : Math.ceil(logs.max);
  if (high - low < 1) {
    low -= 1;
    high += 1;
  }
  const logBottom = hasZero ? plotHeight - ZERO_BAND : plotHeight;
  const scale = scaleLinear().domain([low, high]).range([logBottom, 0]);
  const ticks: Tick[] = scale
    .ticks(tickCount)
    .filter(Number.isInteger)
    .map((value) => ({ value, position: finite(scale(value)), label: `10${superscript(value)}` }));
  const zeroY = hasZero ? plotHeight - ZERO_BAND / 2 : null;
  return {
    y: (v) => scale(v),
    ticks,
    zeroTick: zeroY === null ? null : { value: 0, position: zeroY, label: '0 (exact)' },
    logBottom,
    zeroY,
  };
}
