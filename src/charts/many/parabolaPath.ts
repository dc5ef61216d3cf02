/** A parabola `v(w) = a · (w − c)² + k` in data units (weight across, value up). */
export interface Parabola {
  readonly a: number;
  readonly c: number;
  readonly k: number;
}

/** The value of a parabola at `w`. */
export const parabolaAt = ({ a, c, k }: Parabola, w: number): number => a * (w - c) * (w - c) + k;

/**
 * The part of a parabola (a ≥ 0) between `from` and `to` that lies at or below `top`, as an
 * interval of weights, or null when none of it does.
 */
export function visibleSpan(p: Parabola, from: number, to: number, top: number): { from: number; to: number } | null {
  if (!(p.k <= top) || !(from < to)) return null;
  const half = p.a > 0 ? Math.sqrt((top - p.k) / p.a) : Number.POSITIVE_INFINITY;
  const lo = Math.max(from, p.c - half);
  const hi = Math.min(to, p.c + half);
  return lo < hi ? { from: lo, to: hi } : null;
}

const round = (v: number): number => Math.round(v * 10) / 10;

/**
 * SVG path data for a parabola between two weights as one quadratic Bézier curve, which draws a
 * parabola exactly: its ends, and for control point the meeting of the tangents at the ends.
 * `x` and `y` map data to pixels and must be linear (they are applied to the control point too).
 * The path is the same few numbers however wide the chart, so drawing 20 parabolas costs 20
 * short strings. '' when the span is empty or a coordinate is not finite.
 */
export function parabolaPath(p: Parabola, from: number, to: number, x: (w: number) => number, y: (v: number) => number): string {
  const mid = from / 2 + to / 2;
  const start = parabolaAt(p, from);
  const end = parabolaAt(p, to);
  // The tangent at `from` has slope 2a(from − c); it meets the tangent at `to` above the midpoint.
  const control = start + 2 * p.a * (from - p.c) * (mid - from);
  const points = [x(from), y(start), x(mid), y(control), x(to), y(end)].map(round);
  if (!points.every(Number.isFinite)) return '';
  const [x0, y0, x1, y1, x2, y2] = points as [number, number, number, number, number, number];
  return `M${x0},${y0}Q${x1},${y1},${x2},${y2}`;
}
