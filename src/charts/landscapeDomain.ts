import type { Extent } from './Extent.ts';

/** The widest weight the landscape's x axis reaches, so its span (max − min) stays finite. */
const LIMIT = Number.MAX_VALUE / 2.5;

/**
 * The landscape's weight axis: the weights of iterations 0 to `index` and the ideal weight
 * (when there is one), padded by 8% of their span on each side (±1 around a single value).
 * Computed without overflow, and never wider than ±7×10³⁰⁷.
 */
export function landscapeDomain(weights: Float64Array, index: number, ideal: number | null): Extent {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const last = Math.min(index, weights.length - 1);
  for (let i = 0; i <= last; i += 1) {
    const w = weights[i] ?? Number.NaN;
    if (w < min) min = w;
    if (w > max) max = w;
  }
  if (ideal !== null && Number.isFinite(ideal)) {
    min = Math.min(min, ideal);
    max = Math.max(max, ideal);
  }
  if (!(min <= max)) return { min: -1, max: 1 };
  // (max / 2 - min / 2) is half the span, and cannot overflow.
  const halfSpan = max / 2 - min / 2;
  const pad = halfSpan > 0 ? halfSpan * 0.16 : Math.max(Math.abs(max) * 0.1, 1);
  return {
    min: Math.max(-LIMIT, min - pad),
    max: Math.min(LIMIT, max + pad),
  };
}
