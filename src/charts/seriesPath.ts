import { line } from 'd3-shape';

/** How far outside the plot (in pixels) a point may lie before it is pulled in. */
const OVERSHOOT = 2000;

/**
 * The SVG path data of one line through the points (`x(i)`, `y(i)`) of the given indices, or ''
 * when there is nothing to draw. Points with a non-finite coordinate are left out (the line
 * breaks there). Coordinates far outside the plot, as a diverging run's future gives, are pulled
 * in to a band 2,000 px around it so the path data stays small; the chart's clip path hides the
 * band. Coordinates are rounded to 0.1 px. Each coordinate is computed once.
 */
export function seriesPath(
  indices: readonly number[],
  x: (i: number) => number,
  y: (i: number) => number,
  plotWidth: number,
  plotHeight: number,
): string {
  const n = indices.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const positions: number[] = [];
  for (let k = 0; k < n; k += 1) {
    const i = indices[k] ?? Number.NaN;
    const px = x(i);
    const py = y(i);
    xs[k] = Number.isFinite(px) ? Math.min(plotWidth + OVERSHOOT, Math.max(-OVERSHOOT, px)) : Number.NaN;
    ys[k] = Number.isFinite(py) ? Math.min(plotHeight + OVERSHOOT, Math.max(-OVERSHOOT, py)) : Number.NaN;
    positions.push(k);
  }
  const path = line<number>()
    .defined((k) => Number.isFinite(xs[k]) && Number.isFinite(ys[k]))
    .x((k) => xs[k] ?? 0)
    .y((k) => ys[k] ?? 0)
    .digits(1);
  return path(positions) ?? '';
}
