import type { Extent } from './Extent.ts';

/** What the error chart's vertical axis must hold. */
export interface ErrorExtent {
  /** The range of log₁₀(error) over the errors that are not 0, or null if every error is 0. */
  readonly logs: Extent | null;
  /** The first iteration whose error is exactly 0, or null. */
  readonly zeroAt: number | null;
}

/** The extent of `logs` (from `errorLogs`) over the whole run, and where the error is exactly 0. */
export function errorExtent(logs: Float64Array): ErrorExtent {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let zeroAt: number | null = null;
  for (let i = 0; i < logs.length; i += 1) {
    const v = logs[i] ?? Number.NaN;
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    } else if (v === Number.NEGATIVE_INFINITY && zeroAt === null) {
      zeroAt = i;
    }
  }
  return { logs: min <= max ? { min, max } : null, zeroAt };
}
