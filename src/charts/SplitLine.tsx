import { useId } from 'react';
import { finite } from './finite.ts';

interface SplitLineProps {
  /** The whole line's path data. */
  readonly d: string;
  /** The x position (px) of the current iteration: the line is solid before it, faded after. */
  readonly split: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
}

/**
 * One line drawn twice with the same path data, clipped at the current iteration: solid before
 * it, faded after. Stepping through the run only moves the clip edge (with a CSS transition),
 * so the path data, and the DOM, stay the same while the axes do.
 */
export function SplitLine({ d, split, plotWidth, plotHeight }: SplitLineProps) {
  const id = `chart-split${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const x = Math.round(Math.min(plotWidth, Math.max(0, finite(split))) * 10) / 10;
  const pad = 6;
  const path = d === '' ? undefined : d;
  return (
    <g className="chart-split">
      <defs>
        <clipPath id={`${id}-past`}>
          <rect className="chart-split-past" y={-pad} height={plotHeight + 2 * pad} style={{ x: `${-pad}px`, width: `${x + pad}px` }} />
        </clipPath>
        <clipPath id={`${id}-future`}>
          <rect
            className="chart-split-future"
            y={-pad}
            height={plotHeight + 2 * pad}
            style={{ x: `${x}px`, width: `${Math.round((plotWidth - x + pad) * 10) / 10}px` }}
          />
        </clipPath>
      </defs>
      <path className="chart-line chart-future" d={path} clipPath={`url(#${id}-future)`} />
      <path className="chart-line" d={path} clipPath={`url(#${id}-past)`} />
    </g>
  );
}
