/** A straight segment in plot pixels. */
export interface LineSegment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * The part of the line `gross = weight × budget` inside a box of budgets [x0, x1] and grosses
 * [y0, y1], as budgets at its two ends, or null when it misses the box. On logarithmic axes the
 * line is straight too (log gross = log weight + log budget), so its ends are all a chart needs.
 */
export function lineThroughBox(weight: number, x0: number, x1: number, y0: number, y1: number): { from: number; to: number } | null {
  if (!Number.isFinite(weight) || !(x0 < x1) || !(y0 < y1)) return null;
  if (weight === 0) return y0 <= 0 && 0 <= y1 ? { from: x0, to: x1 } : null;
  // Budgets where the line is inside [y0, y1]: between y0 / w and y1 / w (swapped for w < 0).
  const a = y0 / weight;
  const b = y1 / weight;
  const from = Math.max(x0, Math.min(a, b));
  const to = Math.min(x1, Math.max(a, b));
  return from < to && Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null;
}
