import { useId, type FocusEvent, type ReactNode } from 'react';
import type { ChartLayout } from './chartLayout.ts';
import './charts.css';

interface ChartFrameProps {
  /** The visible title (the figure's caption). */
  readonly title: string;
  /**
   * Words that tell this chart from others with the same title, heard but not shown (the heading
   * above it shows them): "alpha left as it was in dollars".
   */
  readonly titleContext?: string;
  /** The SVG's text alternative: what the chart shows for the current iteration. */
  readonly summary: string;
  readonly layout: ChartLayout;
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLElement>) => void;
  /** The read-out, drawn in HTML over the SVG. */
  readonly readout: ReactNode;
  /** The SVG content, drawn inside the plot area (already translated by the margins). */
  readonly children: ReactNode;
  /**
   * Whether this render shows a new run: then the current point and the read-out jump to their
   * new places with the redrawn line, instead of gliding there from a point of the old run.
   */
  readonly snap?: boolean;
}

/**
 * A chart's frame: a focusable `<figure>` named by its caption, holding an `<svg role="img">`
 * with the text alternative and a read-out layer.
 */
export function ChartFrame({ title, titleContext, summary, layout, onFocus, onBlur, readout, children, snap = false }: ChartFrameProps) {
  const reactId = useId();
  const id = `chart${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const captionId = `${id}-caption`;
  const { width, height, margin } = layout;
  return (
    <figure className={snap ? 'chart chart--snap' : 'chart'} tabIndex={0} aria-labelledby={captionId} onFocus={onFocus} onBlur={onBlur}>
      <figcaption id={captionId} className="chart-title">
        {title}
        {titleContext !== undefined && <span className="visually-hidden">, {titleContext}</span>}
      </figcaption>
      <div className="chart-body" style={{ maxWidth: `${width}px` }}>
        <svg
          className="chart-svg"
          role="img"
          aria-label={summary}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
        >
          <g transform={`translate(${margin.left},${margin.top})`}>{children}</g>
        </svg>
        {readout}
      </div>
    </figure>
  );
}
