/**
 * Of the `candidates`, the one whose pixel position (`x(c)`, `y(c)`) is nearest to (`px`, `py`),
 * or null when there are none. Candidates with a non-finite position are skipped.
 */
export function nearestPoint(
  candidates: readonly number[],
  x: (c: number) => number,
  y: (c: number) => number,
  px: number,
  py: number,
): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const dx = x(c) - px;
    const dy = y(c) - py;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = c;
    }
  }
  return best;
}
