import type { ReactNode } from 'react';
import { finite } from './finite.ts';

interface MarkerProps {
  readonly className: string;
  readonly x: number;
  readonly y: number;
  /** Degrees to turn the marker's content (the landscape's tangent turns with its point). */
  readonly rotate?: number;
  readonly hidden?: boolean;
  readonly children?: ReactNode;
}

/**
 * A marker placed with a CSS transform, so moving it between iterations can glide with a CSS
 * transition (turned off for people who prefer reduced motion).
 */
export function Marker({ className, x, y, rotate, hidden = false, children }: MarkerProps) {
  const turn = rotate === undefined ? '' : ` rotate(${finite(rotate).toFixed(2)}deg)`;
  return (
    <g
      className={className}
      visibility={hidden ? 'hidden' : undefined}
      style={{ transform: `translate(${finite(x).toFixed(1)}px, ${finite(y).toFixed(1)}px)${turn}` }}
    >
      {children ?? <circle r={5} />}
    </g>
  );
}
