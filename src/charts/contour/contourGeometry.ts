import { contours } from 'd3-contour';

/** The weights a plot covers: weight 1 across, weight 2 up. */
export interface PlotDomain {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** The steps a reach is rounded up to, within each power of ten. */
const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] as const;

/**
 * The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ᵏ that is at least `r`, so a plot's reach
 * changes in a few visible steps rather than with every small change of a setting. Non-finite or
 * non-positive reaches give 1; reaches too large to round are kept as they are.
 */
export function niceReach(r: number): number {
  if (!(r > 0) || !Number.isFinite(r)) return 1;
  const power = 10 ** Math.floor(Math.log10(r));
  if (!(power > 0) || !Number.isFinite(power)) return r;
  for (const step of NICE_STEPS) {
    const candidate = step * power;
    if (candidate >= r * (1 - 1e-12)) return Number.isFinite(candidate) ? candidate : r;
  }
  return r;
}

/**
 * A square domain centred on `center` (the best weights) that reaches 15% past every point of
 * `through` (the starting weights), rounded with {@link niceReach}, and at least `minReach`.
 * Equal ranges on both axes, drawn at equal scale, keep the bowl's true shape: a step of
 * gradient descent then crosses the contour lines at right angles. A converging run never
 * leaves the circle around the best weights through its start, so its whole path fits.
 * Always returns finite ranges with the smaller end first.
 */
export function squareDomain(
  center: readonly [number, number],
  through: readonly (readonly [number, number])[],
  minReach: number,
): PlotDomain {
  // Keep both ends finite, however far the points are: centre and reach stay below a quarter of the largest double.
  const limit = Number.MAX_VALUE / 4;
  const inRange = (v: number): number => (Number.isFinite(v) ? Math.min(limit, Math.max(-limit, v)) : 0);
  const cx = inRange(center[0]);
  const cy = inRange(center[1]);
  let reach = Number.isFinite(minReach) && minReach > 0 ? minReach : 1;
  for (const [x, y] of through) {
    const distance = Math.hypot(x - cx, y - cy) * 1.15;
    if (Number.isFinite(distance)) reach = Math.max(reach, distance);
  }
  // A reach too small beside the centre would round away: keep it at least a billionth of it.
  reach = Math.max(reach, 1e-9 * Math.max(Math.abs(cx), Math.abs(cy)));
  const r = Math.min(limit, niceReach(reach));
  return { x: [cx - r, cx + r], y: [cy - r, cy + r] };
}

/**
 * `count` contour levels evenly spaced strictly between the smallest and largest finite value of
 * the grid (no level at either end, where a contour would be a dot or the frame). Fewer levels
 * (or none) for a flat grid.
 */
export function contourThresholds(values: ArrayLike<number>, count: number): number[] {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] ?? Number.NaN;
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const n = Math.max(0, Math.floor(count));
  if (!(high > low) || n === 0) return [];
  const step = (high - low) / (n + 1);
  return Array.from({ length: n }, (_, k) => low + step * (k + 1)).filter((t) => t > low && t < high);
}

/** `log10(10^a − 10^b)` for a > b, without leaving log space; −Infinity when a ≤ b. */
function logSub(a: number, b: number): number {
  if (!(a > b)) return -Infinity;
  return a + Math.log10(-Math.expm1((b - a) * Math.LN10));
}

/** `log10(10^a + 10^b)`, without leaving log space. */
function logAdd(a: number, b: number): number {
  const [hi, lo] = a >= b ? [a, b] : [b, a];
  if (hi === -Infinity) return -Infinity;
  return hi + Math.log10(1 + 10 ** (lo - hi));
}

/**
 * `count` contour levels of a grid of log₁₀ errors whose lowest possible value is `floorLog10`,
 * spaced so the error above that floor halves (or shrinks by `ratio`) from one level to the next,
 * starting from half the largest excess on the grid. A bowl's contours are then nested ellipses
 * down to its bottom, each about 0.7 times the size of the last, whatever the floor: the same
 * curves as contours of log₁₀ error (one is a function of the other), only the levels are picked
 * where the shape shows. Levels are returned ascending and strictly inside the grid's range.
 */
export function excessThresholds(values: ArrayLike<number>, count: number, floorLog10: number, ratio = 2): number[] {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] ?? Number.NaN;
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const n = Math.max(0, Math.floor(count));
  if (!(high > low) || n === 0 || !Number.isFinite(floorLog10) || !(ratio > 1)) return contourThresholds(values, n);
  const floor = Math.min(floorLog10, low);
  const top = logSub(high, floor);
  if (!Number.isFinite(top)) return contourThresholds(values, n);
  const step = Math.log10(ratio);
  const levels: number[] = [];
  for (let k = 1; k <= n; k += 1) {
    const level = logAdd(floor, top - k * step);
    if (Number.isFinite(level) && level > low && level < high) levels.push(level);
  }
  return levels.sort((a, b) => a - b);
}

/** One contour level as SVG path data: the region where the value is at least `value`. */
export interface ContourBand {
  readonly value: number;
  /** Path data in plot pixels (rounded to 0.1 px); '' when the level encloses nothing. */
  readonly d: string;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** A grid ready for marching squares: every value finite, so that d3-contour can read it as it is. */
export interface ContourGrid {
  readonly values: readonly number[];
  readonly columns: number;
  readonly rows: number;
}

/**
 * A `columns × rows` grid (row-major, row 0 at the bottom: the first value of weight 2) for
 * {@link contourBand}, with non-finite values raised above every finite one (so above every
 * level). Null when the grid is too small to hold a contour or `values` too short to fill it.
 */
export function contourGrid(values: ArrayLike<number>, columns: number, rows: number): ContourGrid | null {
  if (columns < 2 || rows < 2 || values.length < columns * rows) return null;
  let high = -Infinity;
  for (let i = 0; i < columns * rows; i += 1) {
    const v = values[i] ?? Number.NaN;
    if (Number.isFinite(v) && v > high) high = v;
  }
  const ceiling = Number.isFinite(high) ? high + 1 : 0;
  const grid = Array.from({ length: columns * rows }, (_, i) => {
    const v = values[i] ?? Number.NaN;
    return Number.isFinite(v) ? v : ceiling;
  });
  return { values: grid, columns, rows };
}

/**
 * One contour level of `grid` drawn over a plot `width × height` pixels, with d3-contour's
 * marching squares. Each grid value belongs at the centre of its cell in d3's coordinates; here
 * the first and last columns and rows land exactly on the plot's edges. Every coordinate is
 * finite. One level at a time, so a chart can compute its levels in separate pieces of work.
 */
export function contourBand(grid: ContourGrid, threshold: number, width: number, height: number): ContourBand {
  const { columns, rows } = grid;
  const sx = width / (columns - 1);
  const sy = height / (rows - 1);
  const px = (g: number): number => round1((Math.min(columns - 0.5, Math.max(0.5, g)) - 0.5) * sx);
  const py = (g: number): number => round1(height - (Math.min(rows - 0.5, Math.max(0.5, g)) - 0.5) * sy);
  // d3's types ask for a mutable array; it only reads it.
  const multi = contours().size([columns, rows]).contour(grid.values as number[], threshold);
  let d = '';
  for (const polygon of multi.coordinates) {
    for (const ring of polygon) {
      let first = true;
      for (const [gx = 0, gy = 0] of ring) {
        const x = px(gx);
        const y = py(gy);
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        d += `${first ? 'M' : 'L'}${x},${y}`;
        first = false;
      }
      if (!first) d += 'Z';
    }
  }
  return { value: threshold, d };
}
