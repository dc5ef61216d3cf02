/** How far outside the plot (in pixels) a point may lie before it is pulled in. */
const OVERSHOOT = 2000;

/**
 * `v` rounded to a tenth and written as JavaScript writes that number ("12.3", "-0.5", "7"):
 * the text d3-path writes with `pathRound(1)`, but built from integers. Writing a fraction is
 * the slow part of turning a number into text, and a long run's paths write thousands of them on
 * every slider event (see docs/PERFORMANCE.md).
 */
export function formatTenths(v: number): string {
  const n = Math.round(v * 10);
  const digit = n % 10;
  if (digit === 0) return String(n / 10);
  const whole = (n - digit) / 10;
  // -0.5 has a whole part of -0, which String() would write as "0".
  return `${n < 0 && whole === 0 ? '-0' : whole}.${Math.abs(digit)}`;
}

/**
 * The SVG path data of one line through the points (`x(i)`, `y(i)`) of the given indices, or ''
 * when there is nothing to draw. Points with a non-finite coordinate are left out (the line
 * breaks there; a piece of one point is drawn as a closed dot, as d3-shape's `line` does).
 * Coordinates far outside the plot, as a diverging run's future gives, are pulled in to a band
 * 2,000 px around it so the path data stays small; the chart's clip path hides the band.
 * Coordinates are rounded to 0.1 px.
 *
 * The text is the same as `line().defined(…).digits(1)` gives (tested), built in one loop with
 * no call per point beyond `x` and `y`: through d3-path's `pathRound`, a long run's 1,500 points
 * took more than twice as long (0.50 against 0.22 ms, warm, in Chromium).
 */
export function seriesPath(
  indices: readonly number[],
  x: (i: number) => number,
  y: (i: number) => number,
  plotWidth: number,
  plotHeight: number,
): string {
  let d = '';
  let pieceLength = 0;
  for (let k = 0; k < indices.length; k += 1) {
    const i = indices[k] as number;
    const px = x(i);
    const py = y(i);
    // `v - v !== 0` holds only for ±Infinity and NaN.
    if (px - px !== 0 || py - py !== 0) {
      if (pieceLength === 1) d += 'Z';
      pieceLength = 0;
      continue;
    }
    d += `${pieceLength === 0 ? 'M' : 'L'}${pointText(px, py, plotWidth, plotHeight)}`;
    pieceLength += 1;
  }
  if (pieceLength === 1) d += 'Z';
  return d;
}

/**
 * The SVG path data of a dot at each point (`x(i)`, `y(i)`) of the given indices: one piece of
 * length 0 per distinct point (to 0.1 px), which a stroke with round caps draws as a dot the
 * stroke's width across; '' when there is nothing to draw. Points with a non-finite coordinate
 * are left out; points far outside the plot are pulled in as `seriesPath` does.
 *
 * One path for all the dots, where an SVG marker on every vertex of a line makes the browser
 * paint each marker on its own: the landscape's 200 markers took about 1.9 ms of paint in every
 * frame of play, and with the dots drawn this way the frame paints as fast as with no dots at all
 * (docs/PERFORMANCE.md, fourteenth pass).
 */
export function dotsPath(
  indices: readonly number[],
  x: (i: number) => number,
  y: (i: number) => number,
  plotWidth: number,
  plotHeight: number,
): string {
  const seen = new Set<string>();
  let d = '';
  for (const i of indices) {
    const px = x(i);
    const py = y(i);
    if (px - px !== 0 || py - py !== 0) continue;
    const point = pointText(px, py, plotWidth, plotHeight);
    if (seen.has(point)) continue;
    seen.add(point);
    d += `M${point}h0`;
  }
  return d;
}

/** A finite point as path data writes it ("12.3,-4"), pulled in to the band around the plot. */
function pointText(px: number, py: number, plotWidth: number, plotHeight: number): string {
  const cx = Math.min(plotWidth + OVERSHOOT, Math.max(-OVERSHOOT, px));
  const cy = Math.min(plotHeight + OVERSHOOT, Math.max(-OVERSHOOT, py));
  return `${formatTenths(cx)},${formatTenths(cy)}`;
}
