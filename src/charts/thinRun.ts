/**
 * A whole run thinned for drawing `columns` pixels wide, by M4: iterations 0 to `length − 1`,
 * iteration i falling in pixel column ⌊i · columns / (length − 1)⌋, and of each column only the
 * first, the lowest, the highest and the last iteration are kept. A line through the kept points
 * is pixel for pixel the line through all of them, yet it has at most four points a column
 * (about 4 × `columns` in all), however long the run.
 *
 * `values[i]` is the value plotted for iteration i; iterations with a non-finite value are never
 * kept. With `errorsOf`, the run's example, `values` are the run's weights and the value plotted
 * is log₁₀ of each weight's error (`errorLogAt`), computed here rather than stored in an array of
 * the run's length. Returns the kept iterations in ascending order, each once. The kept
 * iterations do not depend on the y scale (any increasing one keeps the same lowest and highest),
 * so a chart thins a run once per run and width, however the reader steps.
 *
 * Written as one loop over the array, without a callback per value: the first long run a reader
 * makes runs this before the engine has compiled it, and a call per value made that first run
 * several times slower (see docs/PERFORMANCE.md).
 */
export function thinRun(
  values: Float64Array,
  length: number,
  columns: number,
  errorsOf?: { readonly input: number; readonly goal: number },
): number[] {
  const logs = errorsOf !== undefined;
  const input = errorsOf?.input ?? 0;
  const goal = errorsOf?.goal ?? 0;
  const end = Math.min(length, values.length);
  const perIteration = Math.max(1, Math.floor(columns)) / Math.max(1, length - 1);
  const kept: number[] = [];
  let column = -1;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  let lowValue = 0;
  let highValue = 0;

  for (let i = 0; i < end; i += 1) {
    // The same arithmetic as errorLogAt.
    const value = logs ? 2 * Math.log10(Math.abs(input * (values[i] as number) - goal)) : (values[i] as number);
    // `x - x === 0` is false only for ±Infinity and NaN.
    if (value - value !== 0) continue;
    const c = Math.floor(i * perIteration);
    if (c !== column) {
      if (first >= 0) keepColumn(kept, first, low, high, last);
      column = c;
      first = low = high = last = i;
      lowValue = highValue = value;
    } else {
      last = i;
      if (value < lowValue) {
        lowValue = value;
        low = i;
      }
      if (value > highValue) {
        highValue = value;
        high = i;
      }
    }
  }
  if (first >= 0) keepColumn(kept, first, low, high, last);
  return kept;
}

/**
 * Appends a finished column's first, lowest, highest and last iteration to `kept`, in order and
 * each once. A module-level function, not a closure made on each call: a new closure each call
 * would be a new call target, and the engine would throw away this loop's compiled code.
 */
function keepColumn(kept: number[], first: number, low: number, high: number, last: number): void {
  // first <= low, high <= last: only low and high may need ordering.
  const a = Math.min(low, high);
  const b = Math.max(low, high);
  kept.push(first);
  if (a !== first) kept.push(a);
  if (b !== a && b !== first) kept.push(b);
  if (last !== b && last !== first) kept.push(last);
}
