import { ticks } from 'd3-array';
import { formatScaled } from './formatScaled.ts';

/** A tick on the landscape's error axis: where it sits (relative error, 0 to 1) and its label. */
export interface RelativeTick {
  readonly relative: number;
  readonly label: string;
}

/**
 * Round error values for the landscape's vertical axis, which plots error / errorMax. The
 * largest error, 10^`log10ErrorMax`, may be far beyond a double, so it is split into
 * m × 10ᵉ (1 ≤ m < 10): ticks are round values of the mantissa from 0 to m, labelled with
 * `formatScaled` ("4.0 × 10³⁰⁴"), and placed at mantissa / m.
 */
export function landscapeErrorTicks(log10ErrorMax: number, count: number): RelativeTick[] {
  if (!Number.isFinite(log10ErrorMax)) return [{ relative: 0, label: '0' }];
  const e = Math.floor(log10ErrorMax);
  const m = 10 ** (log10ErrorMax - e);
  return ticks(0, m, Math.max(2, count)).map((v) => ({ relative: v / m, label: formatScaled(v, e, 2) }));
}
