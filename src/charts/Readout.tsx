import type { ChartPoint } from './ChartPoint.ts';

interface ReadoutProps {
  /** The iteration to read out, or null to hide the read-out. */
  readonly point: ChartPoint | null;
  readonly marginLeft: number;
  readonly marginTop: number;
  readonly plotWidth: number;
  /** Whether it reads out the current iteration (on focus) rather than a hovered one. */
  readonly current: boolean;
}

/**
 * The small label beside a marked iteration, in HTML over the SVG. It is always in the page (so
 * it can glide between iterations with a CSS transition), hidden when there is nothing to read
 * out; screen readers get the same values from the chart's text alternative instead.
 */
export function Readout({ point, marginLeft, marginTop, plotWidth, current }: ReadoutProps) {
  const x = marginLeft + (point?.x ?? 0);
  const y = marginTop + (point?.y ?? 0);
  // Flip to the left of the point in the right half, and below it near the top.
  const flipX = (point?.x ?? 0) > plotWidth / 2;
  const style = {
    transform: `translate(${x}px, ${y}px) translate(${flipX ? 'calc(-100% - 10px)' : '10px'}, ${(point?.y ?? 0) < 40 ? '6px' : 'calc(-100% - 6px)'})`,
  };
  return (
    <div
      className="chart-readout"
      data-visible={point === null ? 'false' : 'true'}
      data-current={current ? 'true' : 'false'}
      aria-hidden="true"
      style={style}
    >
      {(point?.lines ?? []).map((text, i) => (
        <span key={i} className="chart-readout-line">
          {text}
        </span>
      ))}
    </div>
  );
}
