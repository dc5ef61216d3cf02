/**
 * `value` when it is a finite number, otherwise `fallback`. Every number that reaches an SVG
 * attribute, a style or a label goes through here, so no chart ever shows NaN or Infinity.
 */
export function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}
