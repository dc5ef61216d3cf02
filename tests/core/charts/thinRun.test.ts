import { describe, expect, it } from 'vitest';
import { thinRun } from '../../../src/charts/thinRun.ts';

describe('thinRun', () => {
  it('keeps a short run whole', () => {
    expect(thinRun(5, (i) => i * i, 640)).toEqual([0, 1, 2, 3, 4]);
    expect(thinRun(1, () => 7, 640)).toEqual([0]);
  });

  it('keeps at most four points a column of a long run, including both ends', () => {
    for (const length of [20_000, 100_000]) {
      const kept = thinRun(length, (i) => Math.sin(i) * i, 640);
      expect(kept.length).toBeLessThanOrEqual(4 * 641);
      expect(kept[0]).toBe(0);
      expect(kept.at(-1)).toBe(length - 1);
    }
  });
});
