import type { Example } from '../core/index.ts';
import type { Extent } from './Extent.ts';

/** The error landscape over a weight domain, scaled so nothing overflows. */
export interface ErrorLandscape {
  /**
   * The error at a weight relative to the largest error in the domain, (delta / deltaMax)²,
   * from 0 to 1.
   */
  readonly relative: (weight: number) => number;
  /**
   * The slope of `relative` at a weight, per domain width: how much the relative error changes
   * across the whole x axis at that slope. It is the true derivative 2·delta·input, rescaled;
   * always between −4 and 4.
   */
  readonly slope: (weight: number) => number;
  /** log₁₀ of the largest error in the domain (−Infinity when the error is 0 everywhere). */
  readonly log10ErrorMax: number;
}

/**
 * The parabola error(w) = (input·w − goal)² over `domain`, in relative units. Works with
 * d(w) = delta(w) / M, where M is the largest |weight| at the domain's ends, so that input·w
 * never overflows even for weights near 10³⁰⁸; the largest |d| is at one of the ends.
 */
export function errorLandscape(domain: Extent, { input, goal }: Example): ErrorLandscape {
  const m = Math.max(Math.abs(domain.min), Math.abs(domain.max)) || 1;
  const d = (w: number): number => input * (w / m) - goal / m;
  const dMax = Math.max(Math.abs(d(domain.min)), Math.abs(d(domain.max)));
  const width = domain.max / m - domain.min / m;
  if (!(dMax > 0) || !Number.isFinite(dMax)) {
    return { relative: () => 0, slope: () => 0, log10ErrorMax: Number.NEGATIVE_INFINITY };
  }
  return {
    relative: (w) => {
      const r = d(w) / dMax;
      return r * r;
    },
    // d relative / dw × (max − min) = 2 · (d/dMax) · (input · (max − min) / M) / dMax.
    slope: (w) => (2 * (d(w) / dMax) * ((input * width) / dMax)),
    log10ErrorMax: 2 * (Math.log10(dMax) + Math.log10(m)),
  };
}
