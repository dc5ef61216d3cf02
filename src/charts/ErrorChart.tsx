import { useMemo } from 'react';
import { XAxis, YAxis } from './Axes.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { chartLayout } from './chartLayout.ts';
import type { ChartProps } from './ChartProps.ts';
import { errorChartGeometry } from './errorChartGeometry.ts';
import { errorExtent } from './errorExtent.ts';
import { Marker } from './Marker.tsx';
import { Readout } from './Readout.tsx';
import { SplitLine } from './SplitLine.tsx';
import { thinRun } from './thinRun.ts';
import { useChartPointer } from './useChartPointer.ts';
import { useSnap } from './useSnap.ts';

/**
 * The error by iteration on a logarithmic axis (drawn in log₁₀ units, so errors beyond a double
 * still fit), faded after the current iteration. An error of exactly 0 sits in a band of its own
 * at the foot, labelled "0 (exact)". Hovering reads out the nearest iteration; keyboard focus
 * reads out the current one.
 */
export function ErrorChart({ run, index, width, height, glide = true }: ChartProps) {
  const kept = useMemo(() => thinRun(run.weights, run.length, chartLayout(width).width, run.params), [run, width]);
  const extent = useMemo(() => errorExtent(run, kept), [run, kept]);
  const g = useMemo(() => errorChartGeometry(run, extent, kept, width, height), [run, extent, kept, width, height]);
  const now = g.at(index);
  const { layout, zero } = g;
  const { innerWidth, innerHeight, margin } = layout;
  const { pointer, focused, plotHandlers, focusHandlers } = useChartPointer(innerWidth, innerHeight);
  const snap = useSnap(run, index, width) || !glide;
  const hovered = pointer === null ? null : g.pointNear(pointer.x);
  const shown = hovered ?? (focused ? now.current : null);
  const zeroClass = now.zeroReached ? '' : ' chart-future';

  return (
    <ChartFrame
      snap={snap}
      title="Error by iteration"
      summary={now.summary}
      layout={layout}
      {...focusHandlers}
      readout={
        <Readout point={shown} marginLeft={margin.left} marginTop={margin.top} plotWidth={innerWidth} current={hovered === null} />
      }
    >
      <YAxis ticks={g.yTicks} plotWidth={innerWidth} plotHeight={innerHeight} marginLeft={margin.left} label="Error (log scale)" />
      <XAxis
        ticks={g.xTicks}
        plotWidth={innerWidth}
        plotHeight={innerHeight}
        marginLeft={margin.left}
        marginRight={margin.right}
        label="Iteration"
      />
      {zero && (
        <g className="chart-zero">
          <line className="chart-axis-break" x1={0} x2={innerWidth} y1={g.logBottom + 4} y2={g.logBottom + 4} />
          {zero.dropFrom && (
            <line
              className={`chart-drop${zeroClass}`}
              x1={zero.dropFrom.x}
              y1={zero.dropFrom.y}
              x2={zero.x}
              y2={zero.y}
            />
          )}
          <path className={`chart-zero-marker${zeroClass}`} transform={`translate(${zero.x},${zero.y})`} d="M0,-6L6,0L0,6L-6,0Z" />
        </g>
      )}
      <SplitLine d={g.path} split={now.split} plotWidth={innerWidth} plotHeight={innerHeight} />
      <Marker className="chart-hover" x={hovered?.x ?? 0} y={hovered?.y ?? 0} hidden={hovered === null} />
      <Marker className="chart-current" x={now.current.x} y={now.current.y} />
      <rect className="chart-hit" width={innerWidth} height={innerHeight} {...plotHandlers} />
    </ChartFrame>
  );
}
