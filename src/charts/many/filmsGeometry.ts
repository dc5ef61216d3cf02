import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../core/index.ts';
import { chartLayout, type ChartLayout } from '../chartLayout.ts';
import type { ChartPoint } from '../ChartPoint.ts';
import { clampToPlot } from '../clampToPlot.ts';
import type { Extent } from '../Extent.ts';
import { finite } from '../finite.ts';
import { fitLinearTicks } from '../fitLinearTicks.ts';
import { formatTickValues } from '../formatTickValues.ts';
import { longestLabel } from '../longestLabel.ts';
import { nearestPoint } from '../nearestPoint.ts';
import type { Tick } from '../Tick.ts';
import { logAxis } from './logAxis.ts';
import { lineThroughBox, type LineSegment } from './modelLine.ts';

/** A film as the chart plots it: amounts in millions of dollars. */
export interface FilmDatum {
  readonly title: string;
  /** More than 0. */
  readonly budget: number;
  /** 0 or more. */
  readonly gross: number;
}

/** Budgets or grosses spread wider than this ratio get logarithmic axes. */
export const LOG_RATIO = 30;
/** The radius of a film's dot (px). */
const DOT = 4;

/** What the films chart draws for the films and a width; the same for every weight. */
export interface FilmsFrame {
  readonly layout: ChartLayout;
  readonly kind: 'log' | 'linear';
  readonly xTicks: readonly Tick[];
  /** With a "0" tick in a band at the foot when a film grossed 0 on logarithmic axes. */
  readonly yTicks: readonly Tick[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Every film's dot, as one path. */
  readonly dotsPath: string;
  /** The films' positions (px in the plot). */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** The line of the best weight, or null when it misses the chart. */
  readonly bestLine: LineSegment | null;
  /** The line `gross = weight × budget` inside the plot, or null when it misses it. */
  readonly lineFor: (weight: number) => LineSegment | null;
  /** Where a prediction sits (px), kept inside the plot. */
  readonly predictionY: (gross: number) => number;
  /** The text alternative's opening. */
  readonly description: string;
}

function extentOf(values: Iterable<number>): Extent | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

const ratio = (e: Extent | null): number => (e === null || e.min <= 0 ? 1 : e.max / e.min);
const round = (v: number): string => String(Math.round(v * 10) / 10);

/** One dot as path data: two half-circle arcs. */
const dot = (x: number, y: number): string =>
  `M${round(x - DOT)},${round(y)}a${DOT},${DOT} 0 1,0 ${2 * DOT},0a${DOT},${DOT} 0 1,0 ${-2 * DOT},0`;

/**
 * The films chart's frame: gross against budget, on logarithmic axes when either spreads wider
 * than {@link LOG_RATIO} (whole decades; a gross of 0 sits in a band at the foot), else on linear
 * axes from 0. The vertical axis also holds the best weight's line across the films' budgets.
 */
export function filmsFrame(films: readonly FilmDatum[], best: number | null, width: number, height?: number): FilmsFrame {
  const budgets = extentOf(films.map((f) => f.budget));
  const positive = extentOf(films.filter((f) => f.gross > 0).map((f) => f.gross));
  const kind = ratio(budgets) >= LOG_RATIO || ratio(positive) >= LOG_RATIO ? 'log' : 'linear';
  const draft = chartLayout(width, height);
  const lowBudget = budgets?.min ?? 1;
  const highBudget = budgets?.max ?? 1;
  const bestEnds = best !== null && best > 0 ? [best * lowBudget, best * highBudget] : [];

  if (kind === 'log') {
    const hasZero = films.some((f) => f.gross === 0);
    const yExtent = extentOf([...films.filter((f) => f.gross > 0).map((f) => Math.log10(f.gross)), ...bestEnds.map(Math.log10)]);
    const xExtent = extentOf(films.map((f) => Math.log10(f.budget)));
    const yDraft = logAxis(yExtent, draft.innerHeight, 0, draft.yTickCount, { round: true, zeroBand: hasZero });
    const draftTicks = yDraft.zeroTick === null ? yDraft.ticks : [yDraft.zeroTick, ...yDraft.ticks];
    const layout = chartLayout(width, height, longestLabel(draftTicks));
    const { innerWidth, innerHeight } = layout;
    const y = logAxis(yExtent, innerHeight, 0, layout.yTickCount, { round: true, zeroBand: hasZero });
    // Decade labels are short ("0.1", "100"): they fit every 55 px or so.
    const x = logAxis(xExtent, 0, innerWidth, Math.max(layout.xTickCount, Math.floor(innerWidth / 55)), { round: true });
    const xOf = (budget: number): number => x.at(Math.log10(budget));
    const yOf = (gross: number): number => (gross > 0 ? y.at(Math.log10(gross)) : (y.zeroAt ?? innerHeight));
    const lineFor = (weight: number): LineSegment | null => {
      if (!(weight > 0)) return null;
      const span = lineThroughBox(weight, 10 ** x.lo, 10 ** x.hi, 10 ** y.lo, 10 ** y.hi);
      if (span === null) return null;
      return { x1: xOf(span.from), y1: yOf(weight * span.from), x2: xOf(span.to), y2: yOf(weight * span.to) };
    };
    const predictionY = (gross: number): number =>
      clampToPlot(gross > 0 ? y.at(Math.log10(gross)) : gross === 0 && y.zeroAt !== null ? y.zeroAt : innerHeight, innerHeight, innerHeight);
    return finish(films, best, layout, 'log', x.ticks, y.zeroTick === null ? y.ticks : [y.zeroTick, ...y.ticks], xOf, yOf, lineFor, predictionY);
  }

  const xScale = scaleLinear()
    .domain([0, highBudget * 1.05])
    .range([0, draft.innerWidth])
    .nice(draft.xTickCount);
  const top = Math.max(positive?.max ?? 0, ...bestEnds);
  const yScale = scaleLinear()
    .domain([0, top > 0 ? top * 1.05 : 1])
    .range([draft.innerHeight, 0])
    .nice(draft.yTickCount);
  const yTicksFor = (count: number): Tick[] => {
    const values = yScale.ticks(count);
    const labels = formatTickValues(values);
    return values.map((value, i) => ({ value, position: finite(yScale(value)), label: labels[i] ?? '' }));
  };
  const layout = chartLayout(width, height, longestLabel(yTicksFor(draft.yTickCount)));
  const { innerWidth, innerHeight } = layout;
  xScale.range([0, innerWidth]);
  yScale.range([innerHeight, 0]);
  const yTicks = yTicksFor(layout.yTickCount);
  const [x0, x1] = xScale.domain() as [number, number];
  const [y0, y1] = yScale.domain() as [number, number];
  const xOf = (budget: number): number => xScale(budget);
  const yOf = (gross: number): number => yScale(gross);
  const lineFor = (weight: number): LineSegment | null => {
    const span = lineThroughBox(weight, x0, x1, y0, y1);
    if (span === null) return null;
    return { x1: xOf(span.from), y1: yOf(weight * span.from), x2: xOf(span.to), y2: yOf(weight * span.to) };
  };
  const predictionY = (gross: number): number => clampToPlot(yScale(gross), innerHeight, innerHeight);
  return finish(films, best, layout, 'linear', fitLinearTicks(xScale, layout.xTickCount, { overhang: layout.margin }), yTicks, xOf, yOf, lineFor, predictionY);
}

function finish(
  films: readonly FilmDatum[],
  best: number | null,
  layout: ChartLayout,
  kind: 'log' | 'linear',
  xTicks: readonly Tick[],
  yTicks: readonly Tick[],
  xOf: (budget: number) => number,
  yOf: (gross: number) => number,
  lineFor: (weight: number) => LineSegment | null,
  predictionY: (gross: number) => number,
): FilmsFrame {
  const { innerWidth, innerHeight } = layout;
  const n = films.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const dots: string[] = [];
  films.forEach((film, k) => {
    const x = clampToPlot(xOf(film.budget), innerWidth);
    const y = clampToPlot(yOf(film.gross), innerHeight, innerHeight);
    xs[k] = x;
    ys[k] = y;
    dots.push(dot(x, y));
  });
  const scale = kind === 'log' ? 'logarithmic axes' : 'linear axes';
  const budgets = extentOf(films.map((f) => f.budget));
  const spread =
    budgets === null ? '' : `, budgets from $${formatNumber(budgets.min)}M to $${formatNumber(budgets.max)}M`;
  return {
    layout,
    kind,
    xTicks,
    yTicks,
    xLabel: kind === 'log' ? 'Budget ($M, log scale)' : 'Budget ($M)',
    yLabel: kind === 'log' ? 'Gross ($M, log scale)' : 'Gross ($M)',
    dotsPath: dots.join(''),
    xs,
    ys,
    bestLine: best === null ? null : lineFor(best),
    lineFor,
    predictionY,
    description: `Films, gross against budget on ${scale}: ${formatNumber(n)} film${n === 1 ? '' : 's'}${spread}.`,
  };
}

/** What the films chart shows for one weight. */
export interface FilmsMoment {
  readonly line: LineSegment | null;
  /** When the line misses the plot, a short note saying where it is; otherwise null. */
  readonly lineNote: string | null;
  /** Every film's error, a vertical segment from its dot to the line, as one path. */
  readonly errorsPath: string;
  /** The error of the film the current update learns from, or ''. */
  readonly currentErrorPath: string;
  /** The film the current update learns from, or null. */
  readonly current: ChartPoint | null;
  readonly summary: string;
  /** The film nearest to a pointer at plot (`px`, `py`). */
  readonly pointNear: (px: number, py: number) => ChartPoint | null;
}

/** The films chart for the weight on show and, one film at a time, the film it learns from. */
export function filmsMoment(
  frame: FilmsFrame,
  films: readonly FilmDatum[],
  weight: number,
  best: number | null,
  currentFilm: number | null,
): FilmsMoment {
  const segments: string[] = [];
  let over = 0;
  let under = 0;
  let onBest = 0;
  const segmentOf = (k: number): string => {
    const film = films[k];
    if (film === undefined) return '';
    const x = frame.xs[k] as number;
    return `M${round(x)},${round(frame.ys[k] as number)}V${round(frame.predictionY(weight * film.budget))}`;
  };
  films.forEach((film, k) => {
    segments.push(segmentOf(k));
    const prediction = weight * film.budget;
    if (film.gross > prediction) over += 1;
    else if (film.gross < prediction) under += 1;
    if (best !== null && Math.abs(film.gross - best * film.budget) <= 1e-12 * Math.max(1, film.gross)) onBest += 1;
  });
  const pointOf = (k: number): ChartPoint => {
    const film = films[k] as FilmDatum;
    return {
      index: k,
      x: frame.xs[k] as number,
      y: frame.ys[k] as number,
      lines: [
        film.title,
        `Budget $${formatNumber(film.budget)}M`,
        `Gross $${formatNumber(film.gross)}M`,
        `Predicted $${formatNumber(weight * film.budget)}M`,
      ],
    };
  };
  const current = currentFilm !== null && currentFilm < films.length ? pointOf(currentFilm) : null;
  const line = frame.lineFor(weight);
  // Off the chart, the line is above it when its prediction for the smallest budget is above every gross shown.
  const smallest = films.reduce((min, f) => Math.min(min, f.budget), Number.POSITIVE_INFINITY);
  const above = weight > 0 && frame.predictionY(weight * smallest) <= 0;
  // About 7 px a character: on a narrow chart the note drops "the chart" so it stays inside it.
  const lineNote =
    line === null ? `Line ${above ? 'above' : 'below'}${frame.layout.innerWidth >= 300 ? ' the chart' : ''}: weight ${formatNumber(weight, 3)}` : null;
  const where =
    line === null
      ? `The model’s line, gross = ${formatNumber(weight, 6)} × budget, is outside the chart`
      : `The model’s line, gross = ${formatNumber(weight, 6)} × budget, runs below ${formatNumber(over)} and above ${formatNumber(under)} of them`;
  const target =
    best === null
      ? ''
      : ` The dashed line is the best single weight, ${formatNumber(best, 6)}; ${onBest === 0 ? 'no film sits on it' : `${formatNumber(onBest)} of them sit on it`}.`;
  const learning = current === null ? '' : ` This update learns from ${(films[currentFilm ?? 0] as FilmDatum).title}.`;
  return {
    line,
    lineNote,
    errorsPath: segments.join(''),
    currentErrorPath: currentFilm === null ? '' : segmentOf(currentFilm),
    current,
    summary: `${frame.description} ${where}; each film’s error is drawn from its dot to the line.${target}${learning}`,
    pointNear: (px, py) => {
      const k = nearestPoint(
        films.map((_, i) => i),
        (i) => frame.xs[i] as number,
        (i) => frame.ys[i] as number,
        px,
        py,
      );
      return k === null ? null : pointOf(k);
    },
  };
}
