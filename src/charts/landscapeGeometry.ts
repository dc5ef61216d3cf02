import { scaleLinear } from 'd3-scale';
import { formatNumber, formatSquareOfNumber, idealWeight, type Run } from '../core/index.ts';
import { chartLayout, type ChartLayout } from './chartLayout.ts';
import type { ChartPoint } from './ChartPoint.ts';
import { clampIndex } from './clampIndex.ts';
import { clampToPlot } from './clampToPlot.ts';
import { errorLandscape, type ErrorLandscape } from './errorLandscape.ts';
import type { Extent } from './Extent.ts';
import { finite } from './finite.ts';
import { fitLinearTicks } from './fitLinearTicks.ts';
import { formatSlope } from './formatSlope.ts';
import { landscapeDomain } from './landscapeDomain.ts';
import { landscapeErrorTicks } from './landscapeErrorTicks.ts';
import { nearestPoint } from './nearestPoint.ts';
import { dotsPath, seriesPath } from './seriesPath.ts';
import { stepIndices } from './stepIndices.ts';
import { tangentSegment, type Segment } from './tangentSegment.ts';
import type { Tick } from './Tick.ts';

/** Everything the landscape chart draws, in pixels, for one run, iteration and size. */
export interface LandscapeGeometry {
  readonly layout: ChartLayout;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** The parabola error(weight) across the domain. */
  readonly curvePath: string;
  /** The steps taken so far (the last 200 at most), weight to weight along the parabola. */
  readonly stepPath: string;
  /** A dot at each step's point (`dotsPath`), drawn over `stepPath`. */
  readonly stepDots: string;
  /** The iterations `stepPath` goes through, oldest first. */
  readonly steps: readonly number[];
  /** The lowest point of the parabola, or null (input 0). */
  readonly ideal: { readonly x: number; readonly y: number; readonly label: string } | null;
  /** The tangent at the current point, as a segment in plot pixels. */
  readonly tangent: Segment;
  /** Half the tangent's length (px). */
  readonly tangentHalfLength: number;
  readonly current: ChartPoint;
  /** The step nearest to a pointer at plot (`px`, `py`), or null if no step is drawn. */
  readonly pointNear: (px: number, py: number) => ChartPoint | null;
  readonly summary: string;
}

/** Samples along the parabola: enough for a smooth curve at any width, and a fixed count. */
const CURVE_SAMPLES = 160;
/** Headroom above the largest error in the domain. */
const TOP = 1.08;

/**
 * What the landscape draws that stays the same while the reader steps through a run and the
 * weights seen so far keep their extent: the layout, the axes, the parabola and the ideal
 * weight. Stepping through the article's run leaves them as they are, and the chart computes
 * them once (docs/PERFORMANCE.md, fifteenth pass).
 */
export interface LandscapeAxes {
  readonly layout: ChartLayout;
  /** A weight's x and its error's y, in plot pixels. */
  readonly xOf: (weight: number) => number;
  readonly yOf: (weight: number) => number;
  readonly land: ErrorLandscape;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly curvePath: string;
  readonly ideal: LandscapeGeometry['ideal'];
}

/** The landscape's weight axis at iteration `index` (`landscapeDomain`). */
export function landscapeExtent(run: Run, index: number): Extent {
  return landscapeDomain(run.weights, clampIndex(index, run.length), idealWeight(run.params));
}

/**
 * The landscape's layout, axes, parabola and ideal weight over the weight axis `domain`
 * (`landscapeExtent`). Errors are drawn relative to the largest in the domain,
 * (delta / deltaMax)², so nothing overflows.
 */
export function landscapeAxes(run: Run, domain: Extent, width: number, height?: number): LandscapeAxes {
  const ideal = idealWeight(run.params);
  const land = errorLandscape(domain, run.params);

  const draft = chartLayout(width, height);
  const yScale = scaleLinear().domain([0, TOP]).range([draft.innerHeight, 0]);
  const errorTicks = landscapeErrorTicks(land.log10ErrorMax, draft.yTickCount);
  const yTicks: Tick[] = errorTicks.map((t) => ({ value: t.relative, position: finite(yScale(t.relative)), label: t.label }));
  const layout = chartLayout(width, height, Math.max(...yTicks.map((t) => t.label.length), 1));
  const { innerWidth, innerHeight } = layout;

  const xScale = scaleLinear().domain([domain.min, domain.max]).range([0, innerWidth]);
  const xTicks = fitLinearTicks(xScale, layout.xTickCount, { overhang: layout.margin });
  const xOf = (w: number): number => xScale(w);
  const yOf = (w: number): number => yScale(land.relative(w));

  // The span is finite: landscapeDomain keeps both ends within ±7×10³⁰⁷.
  const curveWeights: number[] = [];
  for (let s = 0; s <= CURVE_SAMPLES; s += 1) curveWeights.push(domain.min + (domain.max - domain.min) * (s / CURVE_SAMPLES));
  // The lowest point itself, so the curve touches 0 exactly there.
  if (ideal !== null && ideal > domain.min && ideal < domain.max) {
    curveWeights.splice(Math.ceil(((ideal - domain.min) / (domain.max - domain.min)) * CURVE_SAMPLES), 0, ideal);
  }
  const curveIndices = curveWeights.map((_, s) => s);
  const curvePath = seriesPath(
    curveIndices,
    (s) => xOf(curveWeights[s] ?? Number.NaN),
    (s) => yOf(curveWeights[s] ?? Number.NaN),
    innerWidth,
    innerHeight,
  );

  const idealX = ideal === null ? Number.NaN : xOf(ideal);
  return {
    layout,
    xOf,
    yOf,
    land,
    xTicks,
    yTicks,
    curvePath,
    ideal:
      ideal === null || !Number.isFinite(idealX)
        ? null
        : { x: clampToPlot(idealX, innerWidth), y: finite(yScale(0)), label: `ideal ${formatNumber(ideal, 6)}` },
  };
}

/**
 * The error landscape's geometry: error against weight (a parabola lowest at the ideal weight),
 * over the weights visited up to the current iteration and the ideal weight, with the steps
 * taken so far and the tangent at the current point. `axes` are the chart's layout, axes and
 * parabola for the weights seen up to `index`: a chart that keeps them while their extent stays
 * the same computes, for each step, only the steps, the current point and the text.
 */
export function landscapeGeometry(
  run: Run,
  index: number,
  width: number,
  height?: number,
  axes: LandscapeAxes = landscapeAxes(run, landscapeExtent(run, index), width, height),
): LandscapeGeometry {
  const current = clampIndex(index, run.length);
  const { input, goal } = run.params;
  const ideal = idealWeight(run.params);
  const { layout, land, xOf, yOf } = axes;
  const { innerWidth, innerHeight } = layout;
  const weightAt = (i: number): number => run.weights[i] ?? Number.NaN;

  const steps = stepIndices(current);
  const stepX = (i: number): number => xOf(weightAt(i));
  const stepY = (i: number): number => yOf(weightAt(i));
  const stepPath = seriesPath(steps, stepX, stepY, innerWidth, innerHeight);
  const stepDots = dotsPath(steps, stepX, stepY, innerWidth, innerHeight);

  const deltaAt = (i: number): number => input * weightAt(i) - goal;
  const pointAt = (i: number): ChartPoint => ({
    index: i,
    x: clampToPlot(xOf(weightAt(i)), innerWidth),
    y: clampToPlot(yOf(weightAt(i)), innerHeight, innerHeight),
    lines: [
      `Iteration ${formatNumber(i)}`,
      `Weight ${formatNumber(weightAt(i), 6)}`,
      `Error ${formatSquareOfNumber(deltaAt(i))}`,
      `Slope ${formatSlope(deltaAt(i), input)}`,
    ],
  });
  const now = pointAt(current);

  // Slope in pixels: relative error per domain width → px per px (y grows downwards).
  const pxPerRelative = innerHeight / TOP;
  const slopePx = -(land.slope(weightAt(current)) * pxPerRelative) / innerWidth;
  const tangentHalfLength = layout.compact ? 28 : 40;
  const tangent = tangentSegment(now.x, now.y, slopePx, tangentHalfLength);

  const idealText = ideal === null ? '' : formatNumber(ideal, 6);
  const delta = deltaAt(current);
  const summary =
    `Error landscape: error against weight, ${ideal === null ? 'the same at every weight because the input is 0' : `a parabola whose lowest point, error 0, is at the ideal weight ${idealText}`}. ` +
    `At iteration ${formatNumber(current)} the weight is ${formatNumber(weightAt(current), 6)}, ` +
    `the error ${delta === 0 ? 'exactly 0' : formatSquareOfNumber(delta)} and the tangent's slope (2 × delta × input) ` +
    `${formatSlope(delta, input)}; ` +
    `the path of steps joins ${steps.length > 1 ? `iterations ${formatNumber(steps[0] ?? 0)} to ${formatNumber(current)}` : 'nothing yet'}.`;

  return {
    layout,
    xTicks: axes.xTicks,
    yTicks: axes.yTicks,
    curvePath: axes.curvePath,
    stepPath,
    stepDots,
    steps,
    ideal: axes.ideal,
    tangent: {
      x1: finite(tangent.x1),
      y1: finite(tangent.y1),
      x2: finite(tangent.x2),
      y2: finite(tangent.y2),
      angle: finite(tangent.angle),
    },
    tangentHalfLength,
    current: now,
    pointNear: (px, py) => {
      const i = nearestPoint(steps, stepX, stepY, px, py);
      return i === null ? null : pointAt(i);
    },
    summary,
  };
}
