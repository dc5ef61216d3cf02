import type { Run } from '../core/index.ts';
import type { Extent } from './Extent.ts';
import { errorLogAt } from './errorLogs.ts';

/** What the error chart's vertical axis must hold. */
export interface ErrorExtent {
  /** The range of log₁₀(error) over the errors that are not 0, or null if every error is 0. */
  readonly logs: Extent | null;
  /** The first iteration whose error is exactly 0, or null. */
  readonly zeroAt: number | null;
}

/**
 * The extent of the run's log₁₀(error) and where its error is exactly 0. `kept` is the run's
 * errors thinned by `thinRun` (with the run's example): it holds each pixel column's lowest and
 * highest error, so the lowest and highest of the whole run are among them.
 */
export function errorExtent(run: Run, kept: readonly number[]): ErrorExtent {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const i of kept) {
    const v = errorLogAt(run, i);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // The trainer stops at the first error of exactly 0, so only an exact run's last iteration has one.
  const zeroAt = run.stop.kind === 'exact' ? run.length - 1 : null;
  return { logs: min <= max ? { min, max } : null, zeroAt };
}
