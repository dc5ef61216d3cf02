import { useId, useMemo } from 'react';
import { XAxis, YAxis } from '../Axes.tsx';
import { ChartFrame } from '../ChartFrame.tsx';
import { Marker } from '../Marker.tsx';
import { Readout } from '../Readout.tsx';
import { useChartPointer } from '../useChartPointer.ts';
import { landscapeGeometry, type LandscapeFilms } from './landscapeGeometry.ts';
import { prefixExtents } from './prefixExtents.ts';
import './manyCharts.css';

export interface ManyLandscapeChartProps {
  readonly films: LandscapeFilms;
  /** The run's weights. */
  readonly weights: Float64Array;
  readonly index: number;
  /** Whether to draw each film's share of the mean as its own parabola. */
  readonly showFilms: boolean;
  readonly width: number;
  readonly height?: number;
}

/**
 * The error landscape over many films: the mean squared error against the weight, one parabola
 * lowest at the best weight, with the current weight's point, the path of the last steps, and on
 * demand every film's share of it (which add up to it). Each curve is one exact Bézier.
 */
export function ManyLandscapeChart({ films, weights, index, showFilms, width, height }: ManyLandscapeChartProps) {
  const extents = useMemo(() => prefixExtents(weights), [weights]);
  const g = landscapeGeometry(films, weights, extents, index, showFilms, width, height);
  const { layout } = g;
  const { innerWidth, innerHeight, margin } = layout;
  const { pointer, focused, plotHandlers, focusHandlers } = useChartPointer(innerWidth, innerHeight);
  const hovered = pointer === null ? null : g.pointNear(pointer.x);
  const shown = hovered ?? (focused ? g.current : null);
  const clipId = `chart-many-clip${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;

  return (
    <ChartFrame
      title="Mean squared error against weight"
      summary={g.summary}
      layout={layout}
      {...focusHandlers}
      readout={
        <Readout point={shown} marginLeft={margin.left} marginTop={margin.top} plotWidth={innerWidth} current={hovered === null} />
      }
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={-2} y={-2} width={innerWidth + 4} height={innerHeight + 4} />
        </clipPath>
      </defs>
      <YAxis ticks={g.yTicks} plotWidth={innerWidth} plotHeight={innerHeight} marginLeft={margin.left} label="Mean squared error" />
      <XAxis
        ticks={g.xTicks}
        plotWidth={innerWidth}
        plotHeight={innerHeight}
        marginLeft={margin.left}
        marginRight={margin.right}
        label="Weight"
      />
      <g clipPath={`url(#${clipId})`}>
        <path className="chart-many-shares" d={g.filmsPath || undefined} />
        {g.best && (
          <g className="chart-target">
            <line x1={g.best.x} x2={g.best.x} y1={g.best.bottom} y2={g.best.y} />
          </g>
        )}
        <path className="chart-many-total" d={g.curvePath || undefined} />
        <path className="chart-many-steps" d={g.stepPath || undefined} />
      </g>
      {g.best && (
        <text
          className="chart-many-label"
          x={g.best.x > innerWidth - 90 ? g.best.x - 6 : g.best.x + 6}
          y={Math.min(innerHeight - 6, g.best.y + 16)}
          textAnchor={g.best.x > innerWidth - 90 ? 'end' : 'start'}
        >
          {g.best.label}
        </text>
      )}
      {g.note !== null && (
        <text className="chart-many-note" x={innerWidth / 2} y={14} textAnchor="middle">
          {g.note}
        </text>
      )}
      <Marker className="chart-hover" x={hovered?.x ?? 0} y={hovered?.y ?? 0} hidden={hovered === null} />
      <Marker className="chart-current" x={g.current.x} y={g.current.y} />
      <rect className="chart-hit" width={innerWidth} height={innerHeight} {...plotHandlers} />
    </ChartFrame>
  );
}
