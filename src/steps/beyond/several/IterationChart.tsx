import { useMemo } from 'react';
import { XAxis, YAxis } from '../../../charts/Axes.tsx';
import { ChartFrame } from '../../../charts/ChartFrame.tsx';
import type { ChartPoint } from '../../../charts/ChartPoint.ts';
import { clampToPlot } from '../../../charts/clampToPlot.ts';
import { Marker } from '../../../charts/Marker.tsx';
import { Readout } from '../../../charts/Readout.tsx';
import { SplitLine } from '../../../charts/SplitLine.tsx';
import { useChartPointer } from '../../../charts/useChartPointer.ts';
import { iterationChartGeometry, type ValueAxis } from './iterationChartGeometry.ts';

export interface IterationChartProps {
  readonly title: string;
  /** The value plotted for each iteration (log₁₀ of the quantity on a 'log10' axis). Keep the same array while the run is the same. */
  readonly values: Float64Array;
  readonly length: number;
  readonly index: number;
  readonly width: number;
  readonly height?: number;
  readonly axis: ValueAxis;
  readonly yLabel: string;
  /** A dashed line (in plotted units) with its label, or null. */
  readonly target: { readonly value: number; readonly label: string } | null;
  /** The read-out for iteration i. */
  readonly lines: (i: number) => readonly string[];
  /** The text alternative for the current iteration. */
  readonly summary: string;
}

/** One value by iteration: solid up to the current iteration, faded after, with a dashed target. */
export function IterationChart({ title, values, length, index, width, height, axis, yLabel, target, lines, summary }: IterationChartProps) {
  const targetValue = target?.value ?? null;
  const g = useMemo(
    () => iterationChartGeometry(values, length, width, height, axis, targetValue),
    [values, length, width, height, axis, targetValue],
  );
  const { layout } = g;
  const { innerWidth, innerHeight, margin } = layout;
  const { pointer, focused, plotHandlers, focusHandlers } = useChartPointer(innerWidth, innerHeight);
  const at = Math.min(Math.max(0, index), Math.max(0, length - 1));
  const point = (i: number): ChartPoint => ({
    index: i,
    x: clampToPlot(g.x(i), innerWidth),
    y: clampToPlot(g.y(values[i] ?? Number.NaN), innerHeight),
    lines: lines(i),
  });
  const current = point(at);
  const hovered = pointer === null ? null : point(g.nearest(pointer.x));
  const shown = hovered ?? (focused ? current : null);

  return (
    <ChartFrame
      title={title}
      summary={summary}
      layout={layout}
      {...focusHandlers}
      readout={<Readout point={shown} marginLeft={margin.left} marginTop={margin.top} plotWidth={innerWidth} current={hovered === null} />}
    >
      <YAxis ticks={g.yTicks} plotWidth={innerWidth} plotHeight={innerHeight} marginLeft={margin.left} label={yLabel} />
      <XAxis ticks={g.xTicks} plotWidth={innerWidth} plotHeight={innerHeight} marginLeft={margin.left} marginRight={margin.right} label="Iteration" />
      {target && g.targetY !== null && (
        <g className="chart-target">
          <line x1={0} x2={innerWidth} y1={g.targetY} y2={g.targetY} />
          <text x={innerWidth - 4} y={g.targetY < 18 ? g.targetY + 16 : g.targetY - 6} textAnchor="end">
            {target.label}
          </text>
        </g>
      )}
      <SplitLine d={g.path} split={current.x} plotWidth={innerWidth} plotHeight={innerHeight} />
      <Marker className="chart-hover" x={hovered?.x ?? 0} y={hovered?.y ?? 0} hidden={hovered === null} />
      <Marker className="chart-current" x={current.x} y={current.y} />
      <rect className="chart-hit" width={innerWidth} height={innerHeight} {...plotHandlers} />
    </ChartFrame>
  );
}
