import { useMemo } from 'react';
import { XAxis, YAxis } from './Axes.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import type { ChartProps } from './ChartProps.ts';
import { landscapeAxes, landscapeExtent, landscapeGeometry } from './landscapeGeometry.ts';
import { Marker } from './Marker.tsx';
import { Readout } from './Readout.tsx';
import { useChartPointer } from './useChartPointer.ts';
import { useSnap } from './useSnap.ts';

/**
 * The error landscape: error against weight, a parabola lowest at the ideal weight, with the
 * current point, the tangent there (slope 2·delta·input) and the path of the last steps taken,
 * which zig-zags across the valley when the run overshoots. Hovering reads out the nearest step;
 * keyboard focus reads out the current iteration.
 */
export function LandscapeChart({ run, index, width, height, glide = true }: ChartProps) {
  // The axes and the parabola change only when the weights seen so far reach a new extent.
  const { min, max } = landscapeExtent(run, index);
  const axes = useMemo(() => landscapeAxes(run, { min, max }, width, height), [run, min, max, width, height]);
  const g = useMemo(() => landscapeGeometry(run, index, width, height, axes), [run, index, width, height, axes]);
  const { layout } = g;
  const { innerWidth, innerHeight, margin } = layout;
  const { pointer, focused, plotHandlers, focusHandlers } = useChartPointer(innerWidth, innerHeight);
  const snap = useSnap(run, index, width) || !glide;
  const hovered = pointer === null ? null : g.pointNear(pointer.x, pointer.y);
  const shown = hovered ?? (focused ? g.current : null);
  const h = g.tangentHalfLength;

  return (
    <ChartFrame
      snap={snap}
      title="Error landscape"
      summary={g.summary}
      layout={layout}
      {...focusHandlers}
      readout={
        <Readout point={shown} marginLeft={margin.left} marginTop={margin.top} plotWidth={innerWidth} current={hovered === null} />
      }
    >
      <YAxis ticks={g.yTicks} plotWidth={innerWidth} plotHeight={innerHeight} marginLeft={margin.left} label="Error" />
      <XAxis
        ticks={g.xTicks}
        plotWidth={innerWidth}
        plotHeight={innerHeight}
        marginLeft={margin.left}
        marginRight={margin.right}
        label="Weight"
      />
      {g.ideal && (
        <g className="chart-target">
          <line x1={g.ideal.x} x2={g.ideal.x} y1={0} y2={g.ideal.y} />
          <text
            x={g.ideal.x > innerWidth - 90 ? g.ideal.x - 6 : g.ideal.x + 6}
            y={12}
            textAnchor={g.ideal.x > innerWidth - 90 ? 'end' : 'start'}
          >
            {g.ideal.label}
          </text>
        </g>
      )}
      <path className="chart-curve" d={g.curvePath || undefined} />
      <path className="chart-steps" d={g.stepPath || undefined} />
      <path className="chart-step-dots" d={g.stepDots || undefined} />
      <Marker className="chart-hover" x={hovered?.x ?? 0} y={hovered?.y ?? 0} hidden={hovered === null} />
      <Marker className="chart-current" x={g.current.x} y={g.current.y} rotate={g.tangent.angle}>
        <line className="chart-tangent" x1={-h} x2={h} y1={0} y2={0} />
        <circle r={5} />
      </Marker>
      <rect className="chart-hit" width={innerWidth} height={innerHeight} {...plotHandlers} />
    </ChartFrame>
  );
}
