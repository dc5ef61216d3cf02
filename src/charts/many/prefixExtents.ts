/** The lowest and highest weight of iterations 0 to i, for every i: a chart's domain in O(1) per step. */
export interface PrefixExtents {
  readonly min: Float64Array;
  readonly max: Float64Array;
}

export function prefixExtents(weights: Float64Array): PrefixExtents {
  const n = weights.length;
  const min = new Float64Array(n);
  const max = new Float64Array(n);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const w = weights[i] as number;
    if (w < lo) lo = w;
    if (w > hi) hi = w;
    min[i] = lo;
    max[i] = hi;
  }
  return { min, max };
}
