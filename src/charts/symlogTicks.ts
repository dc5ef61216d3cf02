/** Steps between tick exponents, smallest first. */
const EXPONENT_STEPS = [1, 2, 3, 5, 10, 20, 25, 50, 100] as const;

/**
 * Ticks for a signed-log axis from `low` to `high`: 0 (when inside) and ±10ᵏ, with k from the
 * first power of ten at or above `constant` (the width of the scale's linear part near 0;
 * smaller powers of ten would pile up on 0). k runs in steps of 1, 2, 3, 5, 10… so that at most
 * `maxCount` ticks appear; then, working outwards from 0, a tick closer than `minGap` pixels
 * (by `position`) to one already kept is dropped. Returns the values in ascending order.
 */
export function symlogTicks(
  low: number,
  high: number,
  constant: number,
  maxCount: number,
  position: (value: number) => number,
  minGap: number,
): number[] {
  const kMin = Math.ceil(Math.log10(constant > 0 ? constant : 1));
  const exponentsUpTo = (limit: number): [number, number] | null => {
    if (!(limit > 0)) return null;
    const kMax = Math.min(308, Math.floor(Math.log10(limit)));
    return kMax >= kMin ? [kMin, kMax] : null;
  };
  const positive = exponentsUpTo(high);
  const negative = exponentsUpTo(-low);
  const zero = low <= 0 && high >= 0;

  const powers = (range: [number, number] | null, step: number): number[] => {
    if (range === null) return [];
    const ks: number[] = [];
    for (let k = Math.ceil(range[0] / step) * step; k <= range[1]; k += step) ks.push(k);
    return ks;
  };

  let chosenPositive: number[] = [];
  let chosenNegative: number[] = [];
  for (const step of EXPONENT_STEPS) {
    chosenPositive = powers(positive, step);
    chosenNegative = powers(negative, step);
    if (chosenPositive.length + chosenNegative.length + (zero ? 1 : 0) <= Math.max(1, maxCount)) break;
  }

  // Keep ticks outwards from 0 on each side, dropping any too close to the previous one kept.
  const outwards = (values: number[], start: number | null): number[] => {
    const kept: number[] = [];
    let previous = start === null ? null : position(start);
    for (const value of values) {
      const at = position(value);
      if (previous === null || Math.abs(at - previous) >= minGap) {
        kept.push(value);
        previous = at;
      }
    }
    return kept;
  };
  const up = outwards(chosenPositive.map((k) => 10 ** k), zero ? 0 : null);
  const down = outwards(chosenNegative.map((k) => -(10 ** k)), zero ? 0 : null);
  return [...down.reverse(), ...(zero ? [0] : []), ...up];
}
