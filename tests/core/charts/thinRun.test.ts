import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thinRun } from '../../../src/charts/thinRun.ts';

const series = (values: readonly number[]) => Float64Array.from(values);
/** The pixel column thinRun gives iteration i of a run `length` long drawn `columns` wide. */
const columnOf = (i: number, length: number, columns: number) => Math.floor((i * columns) / Math.max(1, length - 1));

describe('thinRun (M4: first, lowest, highest and last of each pixel column)', () => {
  it('keeps a short run whole', () => {
    expect(thinRun(series([0, 1, 4, 9, 16]), 5, 640)).toEqual([0, 1, 2, 3, 4]);
    expect(thinRun(series([7]), 1, 640)).toEqual([0]);
  });

  it('keeps the first, lowest, highest and last iteration of a column, in order', () => {
    // 1 column for 6 iterations: 0 to 4 share column 0, and 5 has column 1 alone.
    // Column 0: first 0, lowest at 2 (value 1), highest at 1 (value 9), last 4.
    expect(thinRun(series([5, 9, 1, 7, 6, 3]), 6, 1)).toEqual([0, 1, 2, 4, 5]);
  });

  it('keeps each iteration once when first, extreme and last coincide', () => {
    // 2 columns for 5 iterations: 0 and 1 in column 0, 2 and 3 in column 1, 4 in column 2.
    expect(thinRun(series([1, 2, 3, 3, 3]), 5, 2)).toEqual([0, 1, 2, 3, 4]);
    expect(thinRun(series([3, 3, 3, 3, 3, 3, 3, 3, 3]), 9, 2)).toEqual([0, 3, 4, 7, 8]);
  });

  it('never keeps a non-finite value, and stops at `length`', () => {
    const values = series([1, 2, Number.NEGATIVE_INFINITY, 4, Number.NaN, 6, Number.POSITIVE_INFINITY, 8]);
    expect(thinRun(values, 8, 640)).toEqual([0, 1, 3, 5, 7]);
    expect(thinRun(values, 6, 640)).toEqual([0, 1, 3, 5]);
  });

  it('returns nothing for an empty run', () => {
    expect(thinRun(series([]), 0, 640)).toEqual([]);
    expect(thinRun(series([1, 2]), 0, 640)).toEqual([]);
  });

  it('bounds the points by four a column, however many values, and keeps every column’s extremes and ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        (values, columns) => {
          const length = values.length;
          const kept = thinRun(series(values), length, columns);
          // Columns 0 to `columns`: the last iteration has a column of its own.
          expect(kept.length).toBeLessThanOrEqual(4 * (columns + 1));
          for (let k = 1; k < kept.length; k += 1) expect(kept[k]).toBeGreaterThan(kept[k - 1]!);
          const byColumn = new Map<number, number[]>();
          values.forEach((_, i) => {
            const c = columnOf(i, length, columns);
            byColumn.set(c, [...(byColumn.get(c) ?? []), i]);
          });
          for (const indices of byColumn.values()) {
            const keptHere = kept.filter((i) => indices.includes(i));
            const column = indices.map((i) => values[i]!);
            const keptValues = keptHere.map((i) => values[i]!);
            expect(Math.min(...keptValues)).toBe(Math.min(...column));
            expect(Math.max(...keptValues)).toBe(Math.max(...column));
            expect(keptHere[0]).toBe(indices[0]);
            expect(keptHere.at(-1)).toBe(indices.at(-1));
          }
        },
      ),
    );
  });

  it('keeps at most four points a column of a long run, including both ends', () => {
    for (const length of [20_000, 100_000]) {
      const values = new Float64Array(length).map((_, i) => Math.sin(i) * i);
      const kept = thinRun(values, length, 640);
      expect(kept.length).toBeLessThanOrEqual(4 * 641);
      expect(kept[0]).toBe(0);
      expect(kept.at(-1)).toBe(length - 1);
    }
  });
});
