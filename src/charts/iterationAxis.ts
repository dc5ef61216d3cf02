import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../core/index.ts';
import { fitLinearTicks } from './fitLinearTicks.ts';
import type { Tick } from './Tick.ts';

/** The horizontal iteration axis of the weight and error charts. */
export interface IterationAxis {
  /** The x position (px in the plot) of iteration `i`. */
  readonly x: (i: number) => number;
  /** The iteration nearest to x position `px`, within the run. */
  readonly nearest: (px: number) => number;
  readonly ticks: readonly Tick[];
}

/**
 * Iterations 0 to `length - 1` across `plotWidth` pixels, with whole-number ticks ("20,000").
 * A one-iteration run spans 0 to 1 so the scale never divides by zero.
 */
export function iterationAxis(length: number, plotWidth: number, tickCount: number): IterationAxis {
  const last = Math.max(1, length - 1);
  const perIteration = plotWidth / last;
  const scale = scaleLinear().domain([0, last]).range([0, plotWidth]);
  const ticks = fitLinearTicks(scale, tickCount, { format: (values) => values.map((v) => formatNumber(v)), keep: Number.isInteger });
  return {
    x: (i) => i * perIteration,
    nearest: (px) => {
      const i = Math.round(px / perIteration);
      return Number.isFinite(i) ? Math.min(Math.max(0, length - 1), Math.max(0, i)) : 0;
    },
    ticks,
  };
}
