/** The points of SVG path data made of M and L commands ("M1,2L3.5,4"), in order. */
export function pathPoints(d: string | null | undefined): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  for (const match of (d ?? '').matchAll(/[ML]\s*(-?[\d.]+(?:e[-+]?\d+)?)[ ,](-?[\d.]+(?:e[-+]?\d+)?)/gi)) {
    points.push({ x: Number(match[1]), y: Number(match[2]) });
  }
  return points;
}
