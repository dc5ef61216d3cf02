import { useMemo } from 'react';
import { XAxis, YAxis } from './Axes.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { chartLayout } from './chartLayout.ts';
import type { ChartProps } from './ChartProps.ts';
import { Marker } from './Marker.tsx';
import { Readout } from './Readout.tsx';
import { SplitLine } from './SplitLine.tsx';
import { thinRun } from './thinRun.ts';
import { useChartPointer } from './useChartPointer.ts';
import { useSnap } from './useSnap.ts';
import { weightChartAxes, weightChartExtent, weightChartGeometry } from './weightChartGeometry.ts';

/**
 * The weight by iteration: one line, faded after the current iteration, a dashed target line at
 * the ideal weight, and the current iteration marked. Hovering reads out the nearest iteration;
 * keyboard focus reads out the current one.
 */
export function WeightChart({ run, index, width, height, glide = true, titleContext }: ChartProps & { readonly titleContext?: string }) {
  const kept = useMemo(() => thinRun(run.weights, run.length, chartLayout(width).width), [run, width]);
  // The axes and the line change only when the weights seen so far reach a new extent.
  const { min, max } = weightChartExtent(run, index);
  const axes = useMemo(() => weightChartAxes(run, kept, { min, max }, width, height), [run, kept, min, max, width, height]);
  const g = useMemo(() => weightChartGeometry(run, kept, index, width, height, axes), [run, kept, index, width, height, axes]);
  const { layout } = g;
  const { innerWidth, innerHeight, margin } = layout;
  const { pointer, focused, plotHandlers, focusHandlers } = useChartPointer(innerWidth, innerHeight);
  const snap = useSnap(run, index, width) || !glide;
  const hovered = pointer === null ? null : g.pointNear(pointer.x);
  const shown = hovered ?? (focused ? g.current : null);

  return (
    <ChartFrame
      snap={snap}
      title="Weight by iteration"
      titleContext={titleContext}
      summary={g.summary}
      layout={layout}
      {...focusHandlers}
      readout={
        <Readout point={shown} marginLeft={margin.left} marginTop={margin.top} plotWidth={innerWidth} current={hovered === null} />
      }
    >
      <YAxis ticks={g.yTicks} plotWidth={innerWidth} plotHeight={innerHeight} marginLeft={margin.left} label={g.yLabel} />
      <XAxis
        ticks={g.xTicks}
        plotWidth={innerWidth}
        plotHeight={innerHeight}
        marginLeft={margin.left}
        marginRight={margin.right}
        label="Iteration"
      />
      {g.target && (
        <g className="chart-target">
          <line x1={0} x2={innerWidth} y1={g.target.y} y2={g.target.y} />
          <text x={innerWidth - 4} y={g.target.y < 18 ? g.target.y + 16 : g.target.y - 6} textAnchor="end">
            {g.target.label}
          </text>
        </g>
      )}
      <SplitLine d={g.path} split={g.split} plotWidth={innerWidth} plotHeight={innerHeight} />
      <Marker className="chart-hover" x={hovered?.x ?? 0} y={hovered?.y ?? 0} hidden={hovered === null} />
      <Marker className="chart-current" x={g.current.x} y={g.current.y} />
      <rect className="chart-hit" width={innerWidth} height={innerHeight} {...plotHandlers} />
    </ChartFrame>
  );
}
