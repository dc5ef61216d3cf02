import { memo, useId, useMemo } from 'react';
import { errorSurface, type SeveralExample } from '../../core/index.ts';
import { XAxis, YAxis } from '../Axes.tsx';
import { ChartFrame } from '../ChartFrame.tsx';
import type { ChartPoint } from '../ChartPoint.ts';
import { clampToPlot } from '../clampToPlot.ts';
import { Marker } from '../Marker.tsx';
import { Readout } from '../Readout.tsx';
import { useChartPointer } from '../useChartPointer.ts';
import { contourBand, contourGrid, contourThresholds, excessThresholds, type ContourGrid, type PlotDomain } from './contourGeometry.ts';
import { contourLayout } from './contourLayout.ts';
import { polyline, polylineUpTo, thinPath } from './thinPath.ts';
import './contour.css';

/** The grid the error is computed on, per side: 60 × 60 cells, 3,600 errors. */
export const CONTOUR_RESOLUTION = 60;
/** How many contour lines are drawn. */
export const CONTOUR_LEVELS = 12;

export interface ContourMapProps {
  readonly title: string;
  /** The examples whose mean squared error is mapped (two inputs each). */
  readonly examples: readonly SeveralExample[];
  /** The weights the map covers; keep it the same object while it does not change. */
  readonly domain: PlotDomain;
  /** The run's weights, two per iteration (weight 1, weight 2), and how many iterations there are. */
  readonly weights: Float64Array;
  readonly length: number;
  /** The iteration on show. */
  readonly index: number;
  /** The lowest point of the bowl. */
  readonly best: readonly [number, number];
  /**
   * log₁₀ of the lowest error there is, when known: the levels are then spaced so the error above
   * it halves from line to line, and the lines are nested ellipses down to the bottom. Without it
   * the levels are evenly spaced in log₁₀ error.
   */
  readonly lowestLog10?: number;
  readonly xLabel: string;
  readonly yLabel: string;
  /** The text alternative: what the map shows now, with the current weights and error. */
  readonly summary: string;
  /** The read-out beside the current point when the map has keyboard focus. */
  readonly currentLines: readonly string[];
  /** The read-out under a pointer at weights (w1, w2). */
  readonly pointerLines: (w1: number, w2: number) => readonly string[];
  /** The width available, in CSS pixels. */
  readonly width: number;
}

/**
 * A contour map of the mean squared error over two weights (lines of equal log₁₀ error, computed
 * once per data and domain on a 60 × 60 grid), the lowest point, and the path of gradient descent
 * up to the current iteration as one thinned polyline, with the rest of the run faded. Stepping
 * through the run cuts a prefix from a string made once per run: no element is added per iteration.
 */
export function ContourMap({
  title,
  examples,
  domain,
  weights,
  length,
  index,
  best,
  lowestLog10,
  xLabel,
  yLabel,
  summary,
  currentLines,
  pointerLines,
  width,
}: ContourMapProps) {
  const clipId = `contour-clip${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const layout = useMemo(() => contourLayout(width, domain), [width, domain]);
  const { plot, margin } = layout;
  const surface = useMemo(
    () => errorSurface(examples, domain.x, domain.y, CONTOUR_RESOLUTION),
    [examples, domain],
  );
  const grid = useMemo(() => contourGrid(surface.log10Mse, surface.resolution, surface.resolution), [surface]);
  const thresholds = useMemo(
    () =>
      lowestLog10 === undefined
        ? contourThresholds(surface.log10Mse, CONTOUR_LEVELS)
        : excessThresholds(surface.log10Mse, CONTOUR_LEVELS, lowestLog10),
    [surface, lowestLog10],
  );
  const line = useMemo(() => {
    const x = (i: number) => layout.x(weights[2 * i] ?? Number.NaN);
    const y = (i: number) => layout.y(weights[2 * i + 1] ?? Number.NaN);
    return polyline(thinPath(length, x, y, 1), x, y, plot, plot);
  }, [weights, length, layout, plot]);

  const at = Math.min(Math.max(0, index), Math.max(0, length - 1));
  const cx = layout.x(weights[2 * at] ?? Number.NaN);
  const cy = layout.y(weights[2 * at + 1] ?? Number.NaN);
  const past = polylineUpTo(line, at, cx, cy, plot, plot);
  const start = { x: clampToPlot(layout.x(weights[0] ?? Number.NaN), plot), y: clampToPlot(layout.y(weights[1] ?? Number.NaN), plot) };
  const bx = layout.x(best[0]);
  const by = layout.y(best[1]);
  const bestShown = bx >= 0 && bx <= plot && by >= 0 && by <= plot;

  const { pointer, focused, plotHandlers, focusHandlers } = useChartPointer(plot, plot);
  const current: ChartPoint = { index: at, x: clampToPlot(cx, plot), y: clampToPlot(cy, plot), lines: currentLines };
  const hovered: ChartPoint | null =
    pointer === null
      ? null
      : { index: -1, x: pointer.x, y: pointer.y, lines: pointerLines(layout.w1At(pointer.x), layout.w2At(pointer.y)) };
  const shown = hovered ?? (focused ? current : null);

  return (
    <div className="contour-map">
      <ChartFrame
        title={title}
        summary={summary}
        layout={layout}
        {...focusHandlers}
        readout={<Readout point={shown} marginLeft={margin.left} marginTop={margin.top} plotWidth={plot} current={hovered === null} />}
      >
        <defs>
          <clipPath id={clipId}>
            <rect width={plot} height={plot} />
          </clipPath>
        </defs>
        <g clipPath={`url(#${clipId})`}>
          <rect className="contour-ground" width={plot} height={plot} />
          <g className="contour-bands">
            {grid !== null &&
              thresholds.map((threshold, k) => <ContourLevel key={k} grid={grid} threshold={threshold} plot={plot} />)}
          </g>
          <path className="contour-halo" d={line.d === '' ? undefined : line.d} />
          <path className="contour-path contour-path--future" d={line.d === '' ? undefined : line.d} />
          <path className="contour-path" d={past === '' ? undefined : past} />
        </g>
        <rect className="contour-frame" width={plot} height={plot} />
        <YAxis ticks={layout.yTicks} plotWidth={plot} plotHeight={plot} marginLeft={margin.left} label={yLabel} />
        <XAxis ticks={layout.xTicks} plotWidth={plot} plotHeight={plot} marginLeft={margin.left} marginRight={margin.right} label={xLabel} />
        {bestShown && (
          <g className="contour-best" transform={`translate(${bx.toFixed(1)},${by.toFixed(1)})`}>
            <path d="M-6,-6L6,6M-6,6L6,-6" />
            <text x={-9} y={-9} textAnchor="end">
              lowest
            </text>
          </g>
        )}
        <circle className="contour-start" cx={start.x.toFixed(1)} cy={start.y.toFixed(1)} r={4} />
        <Marker className="chart-hover" x={hovered?.x ?? 0} y={hovered?.y ?? 0} hidden={hovered === null} />
        <Marker className="chart-current" x={current.x} y={current.y} />
        <rect className="chart-hit" width={plot} height={plot} {...plotHandlers} />
      </ChartFrame>
    </div>
  );
}

/**
 * One contour line, computed in a component of its own: while a chapter first renders (in a
 * transition), React can pause between the levels, so the map's dozen marching squares do not
 * make one long task. Stepping through the run leaves it alone.
 */
const ContourLevel = memo(function ContourLevel({ grid, threshold, plot }: { grid: ContourGrid; threshold: number; plot: number }) {
  // memo renders it again only when its grid, level or size changes: the band is computed then, and only then.
  const { d } = contourBand(grid, threshold, plot, plot);
  return <path className="contour-band" d={d === '' ? undefined : d} />;
});
