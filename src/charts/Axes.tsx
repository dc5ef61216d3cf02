import { memo } from 'react';
import type { Tick } from './Tick.ts';
import { xTickAnchor } from './xTickLabel.ts';

interface XAxisProps {
  readonly ticks: readonly Tick[];
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly label: string;
}

/** Whether two tick lists draw the same: the same labels at the same positions. */
export function sameTicks(a: readonly Tick[], b: readonly Tick[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((tick, i) => {
    const other = b[i];
    return other !== undefined && tick.label === other.label && tick.position === other.position;
  });
}

/**
 * Whether an axis would draw the same: its ticks the same (`sameTicks`), every other prop
 * identical. Each chart computes its ticks afresh for every run, but a slider event often leaves
 * an axis as it was (a niced domain, the same run length); then the axis does not render again.
 */
function sameAxis<P extends { readonly ticks: readonly Tick[] }>(previous: P, next: P): boolean {
  for (const key of Object.keys(next) as (keyof P)[]) {
    const same = key === 'ticks' ? sameTicks(previous.ticks, next.ticks) : Object.is(previous[key], next[key]);
    if (!same) return false;
  }
  return true;
}

/**
 * The horizontal axis under the plot: baseline, ticks with labels, and the axis title. Ticks are
 * keyed by their label, so a rescaled axis moves the ticks it keeps instead of making new ones.
 */
export const XAxis = memo(function XAxis({ ticks, plotWidth, plotHeight, marginLeft, marginRight, label }: XAxisProps) {
  const overhang = { left: marginLeft, right: marginRight };
  return (
    <g className="chart-axis chart-axis-x" transform={`translate(0,${plotHeight})`}>
      <line className="chart-axis-line" x1={0} x2={plotWidth} />
      {ticks.map((tick) => (
        <g key={tick.label} className="chart-tick" transform={`translate(${tick.position},0)`}>
          <line y2={5} />
          <text y={18} textAnchor={xTickAnchor(tick, plotWidth, overhang)}>
            {tick.label}
          </text>
        </g>
      ))}
      <text className="chart-axis-title" x={plotWidth / 2} y={38} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}, sameAxis);

interface YAxisProps {
  readonly ticks: readonly Tick[];
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly marginLeft: number;
  readonly label: string;
}

/** The vertical axis left of the plot: gridlines across the plot, tick labels, and the rotated axis title (ticks keyed as above). */
export const YAxis = memo(function YAxis({ ticks, plotWidth, plotHeight, marginLeft, label }: YAxisProps) {
  return (
    <g className="chart-axis chart-axis-y">
      {ticks.map((tick) => (
        <g key={tick.label} className="chart-tick" transform={`translate(0,${tick.position})`}>
          <line className="chart-grid" x2={plotWidth} />
          <text x={-8} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      <text
        className="chart-axis-title"
        transform={`translate(${-marginLeft + 14},${plotHeight / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {label}
      </text>
    </g>
  );
}, sameAxis);
