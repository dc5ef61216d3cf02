import { finite } from './finite.ts';

/** A pixel coordinate kept inside 0..`size` (a marker for a value off the chart sits on its edge); non-finite gives `fallback`. */
export function clampToPlot(value: number, size: number, fallback = 0): number {
  return Math.min(size, Math.max(0, finite(value, fallback)));
}
