import { scaleLinear } from 'd3-scale';
import { formatNumber, type Example } from '../../core/index.ts';
import { chartLayout, type ChartLayout } from '../chartLayout.ts';
import type { ChartPoint } from '../ChartPoint.ts';
import { clampToPlot } from '../clampToPlot.ts';
import type { Extent } from '../Extent.ts';
import { finite } from '../finite.ts';
import { fitLinearTicks } from '../fitLinearTicks.ts';
import { formatTickValues } from '../formatTickValues.ts';
import { longestLabel } from '../longestLabel.ts';
import { seriesPath } from '../seriesPath.ts';
import { stepIndices } from '../stepIndices.ts';
import type { Tick } from '../Tick.ts';
import { parabolaAt, parabolaPath, visibleSpan, type Parabola } from './parabolaPath.ts';
import type { PrefixExtents } from './prefixExtents.ts';

/**
 * The mean squared error against the weight. Because
 * `meanSquaredError(w) = mean(input²) · (w − bestWeight)² + meanSquaredError(bestWeight)`,
 * the landscape is one parabola, lowest (but not 0) at the best weight; and because it is the
 * mean of each film's own parabola `(input · w − goal)²`, it is also the sum of the films'
 * shares `(input · w − goal)² / n`, each lowest (at 0) at that film's own best weight
 * goal / input. Every curve is drawn exactly as one quadratic Bézier.
 */

/** What the landscape needs to know about the films, computed once per data set. */
export interface LandscapeFilms {
  readonly examples: readonly Example[];
  /** The least-squares weight. */
  readonly best: number;
  /** The mean squared error at the best weight: the lowest there is. */
  readonly floor: number;
  /** mean(input²), the curvature of the total. */
  readonly meanSquare: number;
}

const mseText = (v: number): string => (Number.isFinite(v) ? formatNumber(v) : 'beyond the largest 64-bit float');

/** At most this many films' parabolas are drawn. */
export const MAX_PARABOLAS = 100;
/** Headroom above the highest error in the domain. */
const TOP = 1.08;

/**
 * The weight axis: iterations 0 to `index` and the best weight, widened to at least
 * ±√(floor / mean(input²)) around the best weight (where the error is twice the lowest, so the
 * bowl always shows), padded by 8% of the span each side, and kept within ±10¹⁰⁰ / √mean(input²)
 * of the best weight so no error overflows.
 */
export function landscapeDomain(films: LandscapeFilms, extents: PrefixExtents | null, index: number): Extent {
  const { best, floor, meanSquare } = films;
  const reach = Math.sqrt(floor / meanSquare);
  const limit = 1e100 / Math.sqrt(meanSquare);
  const last = extents === null ? -1 : Math.min(index, extents.min.length - 1);
  let lo = Math.min(best, last >= 0 ? (extents?.min[last] ?? best) : best);
  let hi = Math.max(best, last >= 0 ? (extents?.max[last] ?? best) : best);
  if (Number.isFinite(reach)) {
    lo = Math.min(lo, best - reach);
    hi = Math.max(hi, best + reach);
  }
  const span = hi / 2 - lo / 2;
  const pad = span > 0 ? span * 0.16 : Math.max(Math.abs(best) * 0.1, 1);
  return {
    min: Math.max(best - limit, lo - pad),
    max: Math.min(best + limit, hi + pad),
  };
}

export interface LandscapeGeometry {
  readonly layout: ChartLayout;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** The total: the mean squared error. */
  readonly curvePath: string;
  /** Each film's share (error / n), as one path; '' unless asked for. */
  readonly filmsPath: string;
  /** How many films' parabolas `filmsPath` holds. */
  readonly filmsDrawn: number;
  /** The steps taken so far (the last 200 at most), along the curve. */
  readonly stepPath: string;
  /** The best weight's point at the foot of the bowl, or null when it is off the chart. */
  readonly best: { readonly x: number; readonly y: number; readonly bottom: number; readonly label: string } | null;
  readonly current: ChartPoint;
  /**
   * When the current weight is beyond the axis (a run that explodes outgrows any axis that keeps
   * its errors within a double), a short note saying where it is; otherwise null. The marker then
   * sits on the chart's edge.
   */
  readonly note: string | null;
  /** The point on the curve below a pointer at plot x `px`. */
  readonly pointNear: (px: number) => ChartPoint;
  readonly summary: string;
}

/** The landscape for the run's weights up to `index`, optionally with each film's share. */
export function landscapeGeometry(
  films: LandscapeFilms,
  weights: Float64Array,
  extents: PrefixExtents | null,
  index: number,
  showFilms: boolean,
  width: number,
  height?: number,
): LandscapeGeometry {
  const { examples, best, floor, meanSquare } = films;
  const n = examples.length;
  const domain = landscapeDomain(films, extents, index);
  const total: Parabola = { a: meanSquare, c: best, k: floor };
  const highest = Math.max(parabolaAt(total, domain.min), parabolaAt(total, domain.max));
  const top = (highest > 0 ? highest : 1) * TOP;

  const draft = chartLayout(width, height);
  const yScale = scaleLinear().domain([0, top]).range([draft.innerHeight, 0]);
  const yTicksFor = (count: number): Tick[] => {
    const values = yScale.ticks(count);
    const labels = formatTickValues(values);
    return values.map((value, i) => ({ value, position: finite(yScale(value)), label: labels[i] ?? '' }));
  };
  const layout = chartLayout(width, height, longestLabel(yTicksFor(draft.yTickCount)));
  const { innerWidth, innerHeight } = layout;
  yScale.range([innerHeight, 0]);
  const yTicks = yTicksFor(layout.yTickCount);
  const xScale = scaleLinear().domain([domain.min, domain.max]).range([0, innerWidth]);
  const xTicks = fitLinearTicks(xScale, layout.xTickCount, { overhang: layout.margin });
  const x = (w: number): number => xScale(w);
  const y = (v: number): number => yScale(v);

  const span = visibleSpan(total, domain.min, domain.max, top);
  const curvePath = span === null ? '' : parabolaPath(total, span.from, span.to, x, y);

  let filmsPath = '';
  let filmsDrawn = 0;
  if (showFilms) {
    const parts: string[] = [];
    for (const { input, goal } of examples.slice(0, MAX_PARABOLAS)) {
      const share: Parabola = { a: (input * input) / n, c: goal / input, k: 0 };
      const s = visibleSpan(share, domain.min, domain.max, top);
      if (s !== null) parts.push(parabolaPath(share, s.from, s.to, x, y));
      filmsDrawn += 1;
    }
    filmsPath = parts.join('');
  }

  const weightAt = (i: number): number => weights[i] ?? Number.NaN;
  const steps = stepIndices(Math.min(index, weights.length - 1));
  const stepPath = seriesPath(steps, (i) => x(weightAt(i)), (i) => y(parabolaAt(total, weightAt(i))), innerWidth, innerHeight);

  const pointAt = (w: number, first: string): ChartPoint => ({
    index: 0,
    x: clampToPlot(x(w), innerWidth),
    y: clampToPlot(y(parabolaAt(total, w)), innerHeight),
    lines: [first, `Mean squared error ${mseText(parabolaAt(total, w))}`],
  });
  const weightNow = weightAt(Math.min(index, weights.length - 1));
  const current = { ...pointAt(weightNow, `Weight ${formatNumber(weightNow, 6)}`), index };
  const beyond = weightNow < domain.min ? 'left' : weightNow > domain.max ? 'right' : null;
  // Short enough for a chart 200 px wide; the arrow points at the marker on the edge.
  const note = beyond === null ? null : beyond === 'left' ? `← weight ${formatNumber(weightNow, 3)}` : `weight ${formatNumber(weightNow, 3)} →`;
  const bestX = x(best);
  const bestPoint =
    bestX >= 0 && bestX <= innerWidth
      ? { x: bestX, y: clampToPlot(y(floor), innerHeight), bottom: innerHeight, label: `best ${formatNumber(best, 4)}` }
      : null;
  const shown = showFilms
    ? ` Each film’s share of it is drawn too: ${formatNumber(filmsDrawn)} parabola${filmsDrawn === 1 ? '' : 's'}${filmsDrawn < n ? ` (of ${formatNumber(n)} films)` : ''}, each lowest, at 0, at that film’s own best weight, and adding up to the mean.`
    : '';
  return {
    layout,
    xTicks,
    yTicks,
    curvePath,
    filmsPath,
    filmsDrawn,
    stepPath,
    best: bestPoint,
    current,
    note,
    pointNear: (px) => {
      const w = xScale.invert(px);
      return pointAt(Number.isFinite(w) ? w : best, `Weight ${formatNumber(w, 6)}`);
    },
    summary:
      `Mean squared error against weight: a parabola, lowest at the best weight ${formatNumber(best, 6)}, where it is ${floor === 0 ? 'exactly 0' : `${formatNumber(floor)}, not 0`}.` +
      ` At iteration ${formatNumber(index)} the weight is ${formatNumber(weightNow, 6)}${beyond === null ? ' and' : `, off the chart to the ${beyond}, and`} the mean squared error ${mseText(parabolaAt(total, weightNow))}.${shown}`,
  };
}
