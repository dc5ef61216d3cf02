import { pathRound } from 'd3-path';

/** How far outside the plot (in pixels) a point may lie before it is pulled in. */
const OVERSHOOT = 2000;

/**
 * The SVG path data of one line through the points (`x(i)`, `y(i)`) of the given indices, or ''
 * when there is nothing to draw. Points with a non-finite coordinate are left out (the line
 * breaks there; a piece of one point is drawn as a closed dot, as d3's `line` does). Coordinates
 * far outside the plot, as a diverging run's future gives, are pulled in to a band 2,000 px
 * around it so the path data stays small; the chart's clip path hides the band. Coordinates are
 * rounded to 0.1 px by d3-path.
 *
 * One loop that hands each point straight to the path, rather than d3-shape's `line` with its
 * accessor calls per point: a long run's first drawing runs before the engine has compiled this
 * code, where every call per point counts (see docs/PERFORMANCE.md). The output is the same as
 * `line().defined(…).digits(1)` (tested).
 */
export function seriesPath(
  indices: readonly number[],
  x: (i: number) => number,
  y: (i: number) => number,
  plotWidth: number,
  plotHeight: number,
): string {
  const path = pathRound(1);
  let pieceLength = 0;
  for (let k = 0; k < indices.length; k += 1) {
    const i = indices[k] as number;
    const px = x(i);
    const py = y(i);
    if (px - px !== 0 || py - py !== 0) {
      if (pieceLength === 1) path.closePath();
      pieceLength = 0;
      continue;
    }
    const cx = Math.min(plotWidth + OVERSHOOT, Math.max(-OVERSHOOT, px));
    const cy = Math.min(plotHeight + OVERSHOOT, Math.max(-OVERSHOOT, py));
    if (pieceLength === 0) path.moveTo(cx, cy);
    else path.lineTo(cx, cy);
    pieceLength += 1;
  }
  if (pieceLength === 1) path.closePath();
  return path.toString();
}
