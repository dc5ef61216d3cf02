import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thin } from '../../../src/charts/thin.ts';

const valuesOf = (values: readonly number[]) => (i: number) => values[i] ?? Number.NaN;

describe('thin (M4: first, min, max and last of each pixel column)', () => {
  it('keeps every index when each has a column of its own', () => {
    const values = [5, 1, 4, 2, 3];
    expect(thin(0, 4, valuesOf(values), (i) => i)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the first, lowest, highest and last index of a column, in order', () => {
    const values = [5, 9, 1, 7, 6, 3];
    // All six in one column: first 0, min at 2 (value 1), max at 1 (value 9), last 5.
    expect(thin(0, 5, valuesOf(values), () => 0)).toEqual([0, 1, 2, 5]);
  });

  it('keeps each index once when first, extreme and last coincide', () => {
    expect(thin(0, 1, valuesOf([1, 2]), () => 0)).toEqual([0, 1]);
    expect(thin(0, 0, valuesOf([1]), () => 0)).toEqual([0]);
    expect(thin(0, 2, valuesOf([3, 3, 3]), () => 0)).toEqual([0, 2]);
  });

  it('works on a sub-range and never keeps non-finite values', () => {
    const values = [1, 2, Number.NEGATIVE_INFINITY, 4, Number.NaN, 6];
    expect(thin(1, 5, valuesOf(values), (i) => i)).toEqual([1, 3, 5]);
  });

  it('returns nothing for an empty range', () => {
    expect(thin(3, 2, valuesOf([1, 2, 3, 4]), (i) => i)).toEqual([]);
  });

  it('bounds the points by four a column, however many values, and keeps every column extreme', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        (values, columns) => {
          const columnOf = (i: number) => Math.floor((i * columns) / values.length);
          const kept = thin(0, values.length - 1, valuesOf(values), columnOf);
          expect(kept.length).toBeLessThanOrEqual(4 * columns);
          // Ascending and unique.
          for (let k = 1; k < kept.length; k += 1) expect(kept[k]).toBeGreaterThan(kept[k - 1]!);
          // Every column's min and max value and its first and last index survive.
          const byColumn = new Map<number, number[]>();
          values.forEach((_, i) => byColumn.set(columnOf(i), [...(byColumn.get(columnOf(i)) ?? []), i]));
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

  it('thins a 100,000-point series to a few points a column', () => {
    const n = 100_000;
    const kept = thin(0, n - 1, (i) => Math.sin(i / 10), (i) => Math.floor((i * 800) / n));
    expect(kept.length).toBeLessThanOrEqual(4 * 800);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(n - 1);
  });
});
