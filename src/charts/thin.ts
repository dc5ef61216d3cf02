/**
 * M4 thinning: of the indices `from..to` (inclusive), keeps, for every run of consecutive
 * indices that fall into the same pixel column, the first, the lowest, the highest and the last.
 * A line drawn through the kept points is pixel-for-pixel the line through all of them, yet it
 * has at most four points a column, however long the run.
 *
 * `valueAt(i)` is the value plotted for index `i`; indices with a non-finite value are never
 * kept. `columnOf(i)` is the pixel column of index `i` and must not decrease as `i` grows.
 * Returns the kept indices in ascending order, each once.
 */
export function thin(
  from: number,
  to: number,
  valueAt: (i: number) => number,
  columnOf: (i: number) => number,
): number[] {
  const kept: number[] = [];
  let column = Number.NaN;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  let lowValue = 0;
  let highValue = 0;

  const flush = (): void => {
    if (first < 0) return;
    // first <= low, high <= last: only low and high may need swapping.
    const a = Math.min(low, high);
    const b = Math.max(low, high);
    kept.push(first);
    if (a !== first) kept.push(a);
    if (b !== a && b !== first) kept.push(b);
    if (last !== b && last !== first) kept.push(last);
  };

  for (let i = Math.max(0, Math.ceil(from)); i <= to; i += 1) {
    const value = valueAt(i);
    if (!Number.isFinite(value)) continue;
    const c = columnOf(i);
    if (c !== column) {
      flush();
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
  flush();
  return kept;
}
