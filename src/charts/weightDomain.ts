import type { Extent } from './Extent.ts';

/**
 * The lowest and highest weight of iterations 0 to `index`, widened to include `target` (the
 * ideal weight) when there is one. Only the weights seen so far count, so a diverging run's
 * later weights (up to 10²⁹⁷) do not squash the steps the reader is looking at. Weights are
 * finite (see `Run.weights`).
 */
export function weightDomain(weights: Float64Array, index: number, target: number | null): Extent {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const last = Math.min(index, weights.length - 1);
  for (let i = 0; i <= last; i += 1) {
    const w = weights[i] ?? Number.NaN;
    if (w < min) min = w;
    if (w > max) max = w;
  }
  if (target !== null && Number.isFinite(target)) {
    min = Math.min(min, target);
    max = Math.max(max, target);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 0 };
  return { min, max };
}
