import { useId, useMemo } from 'react';
import { XAxis, YAxis } from '../Axes.tsx';
import { ChartFrame } from '../ChartFrame.tsx';
import { Marker } from '../Marker.tsx';
import { Readout } from '../Readout.tsx';
import { useChartPointer } from '../useChartPointer.ts';
import { filmsFrame, filmsMoment, type FilmDatum } from './filmsGeometry.ts';
import './manyCharts.css';

export interface FilmsChartProps {
  readonly films: readonly FilmDatum[];
  /** The least-squares weight, drawn as a dashed line; null for none. */
  readonly best: number | null;
  /** The weight on show. */
  readonly weight: number;
  /** The film the current update learns from (one at a time), or null. */
  readonly currentFilm: number | null;
  readonly width: number;
  readonly height?: number;
}

/**
 * The films as dots, gross against budget (on logarithmic axes when they spread wide), with the
 * model's line `gross = weight × budget` through the origin and each film's error drawn from its
 * dot to the line. Dots and errors are one path each, so the DOM is the same size for every
 * weight and every number of films. Hovering reads out the nearest film; keyboard focus reads
 * out the film the current update learns from.
 */
export function FilmsChart({ films, best, weight, currentFilm, width, height }: FilmsChartProps) {
  const frame = useMemo(() => filmsFrame(films, best, width, height), [films, best, width, height]);
  const moment = filmsMoment(frame, films, weight, best, currentFilm);
  const { layout } = frame;
  const { innerWidth, innerHeight, margin } = layout;
  const { pointer, focused, plotHandlers, focusHandlers } = useChartPointer(innerWidth, innerHeight);
  const hovered = pointer === null ? null : moment.pointNear(pointer.x, pointer.y);
  const shown = hovered ?? (focused ? moment.current : null);
  const clipId = `chart-many-clip${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const zero = frame.yTicks.find((t) => t.label === '0' && frame.kind === 'log');
  const line = moment.line;
  const best_ = frame.bestLine;

  return (
    <ChartFrame
      title="The films and the model’s line"
      summary={moment.summary}
      layout={layout}
      {...focusHandlers}
      readout={
        <Readout point={shown} marginLeft={margin.left} marginTop={margin.top} plotWidth={innerWidth} current={hovered === null} />
      }
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={-6} y={-6} width={innerWidth + 12} height={innerHeight + 12} />
        </clipPath>
      </defs>
      <YAxis ticks={frame.yTicks} plotWidth={innerWidth} plotHeight={innerHeight} marginLeft={margin.left} label={frame.yLabel} />
      <XAxis
        ticks={frame.xTicks}
        plotWidth={innerWidth}
        plotHeight={innerHeight}
        marginLeft={margin.left}
        marginRight={margin.right}
        label={frame.xLabel}
      />
      {zero && <line className="chart-many-zero-band" x1={0} x2={innerWidth} y1={zero.position - 13} y2={zero.position - 13} />}
      <g clipPath={`url(#${clipId})`}>
        {best_ && (
          <g className="chart-target">
            <line x1={best_.x1} y1={best_.y1} x2={best_.x2} y2={best_.y2} />
          </g>
        )}
        <path className="chart-many-errors" d={moment.errorsPath || undefined} />
        <path className="chart-many-current-error" d={moment.currentErrorPath || undefined} />
        {line && <line className="chart-many-model" x1={line.x1} y1={line.y1} x2={line.x2} y2={line.y2} />}
        <path className="chart-many-dots" d={frame.dotsPath || undefined} />
      </g>
      {best_ && (
        <text className="chart-many-label" x={Math.min(best_.x2, innerWidth) - 4} y={Math.max(moment.lineNote === null ? 12 : 32, best_.y2 + 14)} textAnchor="end">
          best
        </text>
      )}
      {moment.lineNote !== null && (
        <text className="chart-many-note" x={4} y={14}>
          {moment.lineNote}
        </text>
      )}
      <Marker className="chart-many-film" x={moment.current?.x ?? 0} y={moment.current?.y ?? 0} hidden={moment.current === null}>
        <circle r={8} />
      </Marker>
      <Marker className="chart-hover" x={hovered?.x ?? 0} y={hovered?.y ?? 0} hidden={hovered === null} />
      <rect className="chart-hit" width={innerWidth} height={innerHeight} {...plotHandlers} />
    </ChartFrame>
  );
}
