/**
 * The iteration a chart shows for a requested `index`: rounded to a whole number and kept
 * inside the run (0 to `length - 1`); NaN gives 0.
 */
export function clampIndex(index: number, length: number): number {
  const last = Math.max(0, Math.floor(length) - 1);
  if (Number.isNaN(index)) return 0;
  return Math.min(last, Math.max(0, Math.round(index)));
}
