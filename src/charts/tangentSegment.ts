/** A short straight segment centred on a point. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Its angle in degrees, clockwise from the x axis (as in SVG, where y grows downwards). */
  readonly angle: number;
}

/**
 * The tangent at pixel (`x`, `y`) with slope `slope` in pixels (dy/dx, y downwards), drawn
 * `halfLength` px to each side: the same length however steep, and vertical for an infinite
 * slope. A NaN slope is treated as flat.
 */
export function tangentSegment(x: number, y: number, slope: number, halfLength: number): Segment {
  const theta = Number.isNaN(slope) ? 0 : Math.atan(slope);
  const dx = Math.cos(theta) * halfLength;
  const dy = Math.sin(theta) * halfLength;
  return { x1: x - dx, y1: y - dy, x2: x + dx, y2: y + dy, angle: (theta * 180) / Math.PI };
}
