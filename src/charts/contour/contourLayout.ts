import { scaleLinear } from 'd3-scale';
import { fitLinearTicks } from '../fitLinearTicks.ts';
import { finite } from '../finite.ts';
import { formatTickValues } from '../formatTickValues.ts';
import type { Tick } from '../Tick.ts';
import type { PlotDomain } from './contourGeometry.ts';

/** The contour map's size: a square plot with room for the axes around it. */
export interface ContourLayout {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** The square plot's side, in pixels. */
  readonly plot: number;
  /** Needed by ChartFrame. */
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** Plot pixels of weight 1 (across) and weight 2 (up). */
  readonly x: (w1: number) => number;
  readonly y: (w2: number) => number;
  /** Weights at plot pixels, for a pointer. */
  readonly w1At: (px: number) => number;
  readonly w2At: (py: number) => number;
  readonly compact: boolean;
  readonly xTickCount: number;
  readonly yTickCount: number;
}

/** The smallest and largest plot sides, in pixels. */
export const MIN_PLOT = 160;
export const MAX_PLOT = 440;

/**
 * Lays the contour map out for an available `width`: a square plot (both weights at the same
 * scale, so the bowl keeps its shape) as wide as fits, from 160 to 440 px, with ticks that do not
 * overlap. On a 360 px phone the plot is about 250 px square.
 */
export function contourLayout(width: number, domain: PlotDomain): ContourLayout {
  const available = Math.round(finite(width, 480));
  const compact = available < 480;
  const margin = { top: 14, right: compact ? 12 : 18, bottom: 46, left: 0 };
  // The left margin fits the longest y tick label; the labels depend on the plot's size, so lay out twice.
  let left = 64;
  let plot = MIN_PLOT;
  let xTicks: Tick[] = [];
  let yTicks: Tick[] = [];
  let xTickCount = 2;
  let yTickCount = 2;
  for (let pass = 0; pass < 2; pass += 1) {
    plot = Math.min(MAX_PLOT, Math.max(MIN_PLOT, available - left - margin.right));
    xTickCount = Math.min(7, Math.max(2, Math.floor(plot / 70)));
    yTickCount = Math.min(7, Math.max(2, Math.floor(plot / 50)));
    const xs = scaleLinear().domain([domain.x[0], domain.x[1]]).range([0, plot]);
    const ys = scaleLinear().domain([domain.y[0], domain.y[1]]).range([plot, 0]);
    xTicks = fitLinearTicks(xs, xTickCount, { overhang: { left, right: margin.right } });
    const yValues = ys.ticks(yTickCount).filter(Number.isFinite);
    const yLabels = formatTickValues(yValues);
    yTicks = yValues.map((value, i) => ({ value, position: finite(ys(value)), label: yLabels[i] ?? '' }));
    const longest = yTicks.reduce((n, t) => Math.max(n, t.label.length), 0);
    left = Math.min(110, Math.max(44, Math.ceil(24 + 10 + longest * 7)));
  }
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const spanX = x1 - x0 || 1;
  const spanY = y1 - y0 || 1;
  return {
    width: left + plot + margin.right,
    height: margin.top + plot + margin.bottom,
    margin: { ...margin, left },
    plot,
    innerWidth: plot,
    innerHeight: plot,
    xTicks,
    yTicks,
    x: (w1) => ((w1 - x0) / spanX) * plot,
    y: (w2) => plot - ((w2 - y0) / spanY) * plot,
    w1At: (px) => x0 + (px / plot) * spanX,
    w2At: (py) => y0 + ((plot - py) / plot) * spanY,
    compact,
    xTickCount,
    yTickCount,
  };
}
