import { useMemo } from 'react';
import type { ManyRun } from '../../core/index.ts';
import { XAxis, YAxis } from '../Axes.tsx';
import { ChartFrame } from '../ChartFrame.tsx';
import { chartLayout } from '../chartLayout.ts';
import { Marker } from '../Marker.tsx';
import { Readout } from '../Readout.tsx';
import { SplitLine } from '../SplitLine.tsx';
import { thinRun } from '../thinRun.ts';
import { useChartPointer } from '../useChartPointer.ts';
import { mseChartGeometry } from './mseChartGeometry.ts';
import { mseLogs } from './mseLogs.ts';
import './manyCharts.css';

export interface MseChartProps {
  readonly run: ManyRun;
  readonly index: number;
  /** The mean squared error at the best weight (the lowest there is), or null for none. */
  readonly floor: number | null;
  readonly width: number;
  readonly height?: number;
}

/**
 * The mean squared error by iteration on a logarithmic axis, faded after the current iteration,
 * with the lowest possible error as a dashed line. The line is thinned to the chart's pixel
 * columns once per run and width, so stepping and playing only move the marker and the clip.
 */
export function MseChart({ run, index, floor, width, height }: MseChartProps) {
  const logs = useMemo(() => mseLogs(run.weights, run.params.examples), [run]);
  const kept = useMemo(() => thinRun(logs, run.length, chartLayout(width).width), [run, logs, width]);
  const floorLog = floor === null || !(floor > 0) ? Number.NEGATIVE_INFINITY : Math.log10(floor);
  const g = useMemo(() => mseChartGeometry(run, logs, floorLog, kept, width, height), [run, logs, floorLog, kept, width, height]);
  const now = g.at(index);
  const { layout } = g;
  const { innerWidth, innerHeight, margin } = layout;
  const { pointer, focused, plotHandlers, focusHandlers } = useChartPointer(innerWidth, innerHeight);
  const hovered = pointer === null ? null : g.pointNear(pointer.x);
  const shown = hovered ?? (focused ? now.current : null);

  return (
    <ChartFrame
      title="Mean squared error by iteration"
      summary={now.summary}
      layout={layout}
      {...focusHandlers}
      readout={
        <Readout point={shown} marginLeft={margin.left} marginTop={margin.top} plotWidth={innerWidth} current={hovered === null} />
      }
    >
      <YAxis ticks={g.yTicks} plotWidth={innerWidth} plotHeight={innerHeight} marginLeft={margin.left} label="Mean squared error (log)" />
      <XAxis
        ticks={g.xTicks}
        plotWidth={innerWidth}
        plotHeight={innerHeight}
        marginLeft={margin.left}
        marginRight={margin.right}
        label="Iteration"
      />
      {g.zeroBandTop !== null && (
        <line className="chart-many-zero-band" x1={0} x2={innerWidth} y1={g.zeroBandTop + 4} y2={g.zeroBandTop + 4} />
      )}
      {g.floor && (
        <g className="chart-many-floor">
          <line x1={0} x2={innerWidth} y1={g.floor.y} y2={g.floor.y} />
          <text x={innerWidth - 4} y={g.floor.y > innerHeight - 20 ? g.floor.y - 6 : g.floor.y + 16} textAnchor="end">
            {g.floor.label}
          </text>
        </g>
      )}
      <SplitLine d={g.path} split={now.split} plotWidth={innerWidth} plotHeight={innerHeight} />
      <Marker className="chart-hover" x={hovered?.x ?? 0} y={hovered?.y ?? 0} hidden={hovered === null} />
      <Marker className="chart-current" x={now.current.x} y={now.current.y} />
      <rect className="chart-hit" width={innerWidth} height={innerHeight} {...plotHandlers} />
    </ChartFrame>
  );
}
