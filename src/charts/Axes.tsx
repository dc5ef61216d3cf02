import { CHAR_WIDTH } from './chartLayout.ts';
import type { Tick } from './Tick.ts';

interface XAxisProps {
  readonly ticks: readonly Tick[];
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly label: string;
}

/** Centred under its tick, unless that would run past the edge of the chart. */
function anchorFor(tick: Tick, plotWidth: number, marginLeft: number, marginRight: number): 'start' | 'middle' | 'end' {
  const half = (tick.label.length * CHAR_WIDTH) / 2;
  if (tick.position + half > plotWidth + marginRight) return 'end';
  if (tick.position - half < -marginLeft) return 'start';
  return 'middle';
}

/**
 * The horizontal axis under the plot: baseline, ticks with labels, and the axis title. Ticks are
 * keyed by their label, so a rescaled axis moves the ticks it keeps instead of making new ones.
 */
export function XAxis({ ticks, plotWidth, plotHeight, marginLeft, marginRight, label }: XAxisProps) {
  return (
    <g className="chart-axis chart-axis-x" transform={`translate(0,${plotHeight})`}>
      <line className="chart-axis-line" x1={0} x2={plotWidth} />
      {ticks.map((tick) => (
        <g key={tick.label} className="chart-tick" transform={`translate(${tick.position},0)`}>
          <line y2={5} />
          <text y={18} textAnchor={anchorFor(tick, plotWidth, marginLeft, marginRight)}>
            {tick.label}
          </text>
        </g>
      ))}
      <text className="chart-axis-title" x={plotWidth / 2} y={38} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

interface YAxisProps {
  readonly ticks: readonly Tick[];
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly marginLeft: number;
  readonly label: string;
}

/** The vertical axis left of the plot: gridlines across the plot, tick labels, and the rotated axis title (ticks keyed as above). */
export function YAxis({ ticks, plotWidth, plotHeight, marginLeft, label }: YAxisProps) {
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
}
