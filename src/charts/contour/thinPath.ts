/** How far outside the plot (in pixels) a point may lie before it is pulled in. */
const OVERSHOOT = 2000;
/** The most points a thinned path keeps; the spacing grows until it fits. */
const MAX_POINTS = 4000;

/**
 * Thins a path of `count` points for drawing: keeps the first and the last point, and every
 * point at least `minDistance` pixels from the last one kept. A zig-zag across a valley keeps
 * its corners while they are far apart; a long crawl of tiny steps keeps about one point per
 * `minDistance` pixels travelled. If that still leaves more than 4,000 points the spacing is
 * doubled until it does not. Points with a non-finite coordinate are skipped. Returns the kept
 * indices in ascending order.
 */
export function thinPath(count: number, x: (i: number) => number, y: (i: number) => number, minDistance = 1): number[] {
  let spacing = Math.max(0.01, Number.isFinite(minDistance) ? minDistance : 1);
  for (;;) {
    const kept: number[] = [];
    let lastX = Number.NaN;
    let lastY = Number.NaN;
    let lastFinite = -1;
    for (let i = 0; i < count; i += 1) {
      const px = x(i);
      const py = y(i);
      if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
      lastFinite = i;
      if (kept.length === 0 || Math.hypot(px - lastX, py - lastY) >= spacing) {
        kept.push(i);
        lastX = px;
        lastY = py;
      }
    }
    if (lastFinite >= 0 && kept[kept.length - 1] !== lastFinite) kept.push(lastFinite);
    if (kept.length <= MAX_POINTS || spacing > 1e6) return kept;
    spacing *= 2;
  }
}

/** A polyline through thinned points whose every prefix can be cut out of one string. */
export interface Polyline {
  /** The indices drawn, ascending. */
  readonly kept: readonly number[];
  /** `d.slice(0, ends[k])` is the path through `kept[0..k]`. */
  readonly ends: readonly number[];
  /** Path data through every kept point, rounded to 0.1 px. */
  readonly d: string;
}

const clampTo = (v: number, size: number): number => Math.round(Math.min(size + OVERSHOOT, Math.max(-OVERSHOOT, v)) * 10) / 10;

/** Whether a point lies beyond the band around the plot that a path is drawn in. */
const beyondBand = (px: number, py: number, plotWidth: number, plotHeight: number): boolean =>
  px < -OVERSHOOT || px > plotWidth + OVERSHOOT || py < -OVERSHOOT || py > plotHeight + OVERSHOOT;

/**
 * The path through the kept points, in a band 2,000 px around the plot (the chart's clip path
 * hides the band). A diverging run flies far off the plot: the path goes on to the first point
 * beyond the band, pulled in to its edge, and stops there. Drawing the rest, every point pulled
 * to a corner of the band, made hundreds of dashed lines thousands of pixels long, and a single
 * frame took seconds to paint.
 */
export function polyline(
  kept: readonly number[],
  x: (i: number) => number,
  y: (i: number) => number,
  plotWidth: number,
  plotHeight: number,
): Polyline {
  let d = '';
  const ends: number[] = [];
  const drawn: number[] = [];
  for (const i of kept) {
    const px = x(i);
    const py = y(i);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    d += `${drawn.length === 0 ? 'M' : 'L'}${clampTo(px, plotWidth)},${clampTo(py, plotHeight)}`;
    drawn.push(i);
    ends.push(d.length);
    if (beyondBand(px, py, plotWidth, plotHeight)) break;
  }
  return { kept: drawn, ends, d };
}

/**
 * The path from the first point up to iteration `index`: the prefix through every kept point at
 * or before it, then a last segment to the current point (`x`, `y`) itself, so the line always
 * ends on the marker. '' when nothing is drawn yet. Cheap: one binary search and one slice.
 */
export function polylineUpTo(line: Polyline, index: number, x: number, y: number, plotWidth: number, plotHeight: number): string {
  const { kept, ends, d } = line;
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((kept[mid] ?? Infinity) <= index) lo = mid + 1;
    else hi = mid;
  }
  // lo points kept are at or before the index.
  const prefix = lo === 0 ? '' : d.slice(0, ends[lo - 1]);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return prefix;
  if (lo > 0 && kept[lo - 1] === index) return prefix;
  const point = `${clampTo(x, plotWidth)},${clampTo(y, plotHeight)}`;
  return prefix === '' ? `M${point}` : `${prefix}L${point}`;
}
