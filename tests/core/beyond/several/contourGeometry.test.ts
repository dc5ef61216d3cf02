import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contourBand,
  contourGrid,
  contourThresholds,
  excessThresholds,
  niceReach,
  squareDomain,
} from '../../../../src/charts/contour/contourGeometry.ts';
import { contourLayout } from '../../../../src/charts/contour/contourLayout.ts';
import { errorSurface } from '../../../../src/core/index.ts';
import { BEST, examplesFor } from '../../../../src/steps/beyond/several/data.ts';
import { log10MseAt } from '../../../../src/steps/beyond/several/series.ts';

const NUMBER = /-?\d+(\.\d+)?(e[+-]?\d+)?/gi;

/** Every number in path data, and whether the commands are only M, L and Z. */
function parsePath(d: string): { numbers: number[]; commandsOk: boolean } {
  return { numbers: (d.match(NUMBER) ?? []).map(Number), commandsOk: /^([MLZ]|-?\d|\.|,)*$/.test(d) };
}

describe('niceReach', () => {
  it('rounds up to 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ᵏ', () => {
    expect(niceReach(2.27)).toBe(2.5);
    expect(niceReach(243)).toBe(250);
    expect(niceReach(1)).toBe(1);
    expect(niceReach(0.011)).toBeCloseTo(0.015, 12);
    expect(niceReach(8.5)).toBe(10);
  });

  it('gives 1 for reaches that are not positive finite numbers', () => {
    for (const r of [0, -3, Number.NaN, Infinity, -Infinity]) expect(niceReach(r)).toBe(1);
  });

  it('is never smaller than its input and at most 1.5 times it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (r) => {
        const nice = niceReach(r);
        expect(nice).toBeGreaterThanOrEqual(r * (1 - 1e-12));
        expect(nice).toBeLessThanOrEqual(r * 1.5 * (1 + 1e-12));
      }),
    );
  });
});

describe('squareDomain', () => {
  it('is centred on the best weights and reaches past the start', () => {
    const domain = squareDomain([-1.25, 1.52], [[0, 0]], 0.76);
    expect(domain.x[0] + domain.x[1]).toBeCloseTo(2 * -1.25, 12);
    expect(domain.y[0] + domain.y[1]).toBeCloseTo(2 * 1.52, 12);
    expect(domain.x[1] - domain.x[0]).toBeCloseTo(domain.y[1] - domain.y[0], 12);
    expect(domain.x[1] - domain.x[0]).toBe(5); // reach 2.27 × 1.15 → 2.5
    expect(0).toBeGreaterThan(domain.x[0]);
    expect(0).toBeLessThan(domain.x[1]);
  });

  it('keeps at least the minimum reach when the start is the best weights', () => {
    const domain = squareDomain([2, 3], [[2, 3]], 0.7);
    expect(domain.x[0]).toBeCloseTo(1.2, 12);
    expect(domain.x[1]).toBeCloseTo(2.8, 12);
    expect(domain.y[0]).toBeCloseTo(2.2, 12);
    expect(domain.y[1]).toBeCloseTo(3.8, 12);
  });

  it('always gives finite, ordered ranges, however far or strange the points', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.double({ noNaN: false }), fc.double()),
        fc.array(fc.tuple(fc.double(), fc.double()), { maxLength: 3 }),
        fc.double(),
        (center, through, minReach) => {
          const { x, y } = squareDomain(center, through, minReach);
          for (const [lo, hi] of [x, y]) {
            expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
            expect(lo).toBeLessThan(hi);
          }
        },
      ),
    );
  });
});

describe('contour levels', () => {
  it('evenly spaced levels lie strictly inside the range', () => {
    expect(contourThresholds([0, 1, 2, 3], 2)).toEqual([1, 2]);
    expect(contourThresholds([5, 5, 5], 4)).toEqual([]);
    expect(contourThresholds([Number.NaN, Infinity, 1, 2], 1)).toEqual([1.5]);
    expect(contourThresholds([1, 2], 0)).toEqual([]);
  });

  it('excess levels halve the error above the floor from one line to the next', () => {
    const floor = Math.log10(100);
    const values = [Math.log10(100 + 1), Math.log10(100 + 1024)];
    const levels = excessThresholds(values, 6, floor);
    expect(levels.length).toBeGreaterThan(3);
    const excess = levels.map((t) => 10 ** t - 100);
    for (let k = 1; k < excess.length; k += 1) expect((excess[k] ?? 0) / (excess[k - 1] ?? 1)).toBeCloseTo(2, 6);
    expect(excess[excess.length - 1]).toBeCloseTo(512, 6);
    for (const t of levels) {
      expect(t).toBeGreaterThan(values[0] ?? 0);
      expect(t).toBeLessThan(values[1] ?? 0);
    }
  });

  it('excess levels fall back to even spacing without a usable floor', () => {
    expect(excessThresholds([0, 1, 2, 3], 2, Number.NaN)).toEqual([1, 2]);
  });
});

describe('contourGrid and contourBand', () => {
  const plot = 300;
  for (const scale of ['raw', 'normalised'] as const) {
    it(`draws finite paths inside the plot for the films (${scale} inputs, 60 × 60)`, () => {
      const best = BEST[scale];
      const domain = squareDomain(best, [[0, 0]], 1);
      const surface = errorSurface(examplesFor(scale), domain.x, domain.y, 60);
      const levels = excessThresholds(surface.log10Mse, 12, log10MseAt(examplesFor(scale), best));
      expect(levels).toHaveLength(12);
      const grid = contourGrid(surface.log10Mse, 60, 60);
      if (grid === null) throw new Error('a 60 × 60 grid');
      for (const level of levels) {
        const band = contourBand(grid, level, plot, plot);
        expect(band.value).toBe(level);
        expect(band.d).not.toMatch(/NaN|Infinity/);
        const { numbers, commandsOk } = parsePath(band.d);
        expect(commandsOk).toBe(true);
        expect(numbers.length).toBeGreaterThan(0);
        for (const n of numbers) {
          expect(n).toBeGreaterThanOrEqual(0);
          expect(n).toBeLessThanOrEqual(plot);
        }
      }
    });
  }

  it('puts the lowest level’s ring round the lowest point', () => {
    const best = BEST.raw;
    const domain = squareDomain(best, [[0, 0]], 1);
    const surface = errorSurface(examplesFor('raw'), domain.x, domain.y, 60);
    const [lowest] = excessThresholds(surface.log10Mse, 12, log10MseAt(examplesFor('raw'), best));
    const grid = contourGrid(surface.log10Mse, 60, 60);
    if (grid === null || lowest === undefined) throw new Error('a 60 × 60 grid and its levels');
    // The region at or above the lowest level is everything but a hole round the best weights: a frame plus a hole ring.
    expect((contourBand(grid, lowest, plot, plot).d.match(/M/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('treats non-finite grid values as higher than every level and stays finite', () => {
    const values = Array.from({ length: 16 }, (_, i) => (i === 5 ? Infinity : i === 6 ? Number.NaN : i));
    const grid = contourGrid(values, 4, 4);
    if (grid === null) throw new Error('a 4 × 4 grid');
    expect(grid.values.every(Number.isFinite)).toBe(true);
    expect(grid.values[5]).toBeGreaterThan(15);
    expect(grid.values[6]).toBeGreaterThan(15);
    for (const level of [3.5, 7.5]) expect(contourBand(grid, level, 100, 100).d).not.toMatch(/NaN|Infinity/);
  });

  it('makes no grid that is too small or too short', () => {
    expect(contourGrid([1, 2], 1, 2)).toBeNull();
    expect(contourGrid([1, 2, 3], 2, 2)).toBeNull();
  });
});

describe('contourLayout', () => {
  const domain = { x: [-3.75, 1.25], y: [-0.99, 4.01] } as const;

  it('keeps the plot square, about 250 px on a 360 px phone and at most 440 px', () => {
    const phone = contourLayout(328, domain);
    expect(phone.plot).toBeGreaterThan(220);
    expect(phone.plot).toBeLessThanOrEqual(328 - phone.margin.left - phone.margin.right);
    expect(phone.width).toBeLessThanOrEqual(328);
    expect(phone.innerWidth).toBe(phone.innerHeight);
    expect(contourLayout(2000, domain).plot).toBe(440);
    expect(contourLayout(10, domain).plot).toBe(160);
  });

  it('maps weights to pixels and back, weight 2 upwards', () => {
    const l = contourLayout(480, domain);
    expect(l.x(-3.75)).toBe(0);
    expect(l.x(1.25)).toBeCloseTo(l.plot, 9);
    expect(l.y(-0.99)).toBeCloseTo(l.plot, 9);
    expect(l.y(4.01)).toBeCloseTo(0, 9);
    expect(l.w1At(l.x(0.5))).toBeCloseTo(0.5, 9);
    expect(l.w2At(l.y(2))).toBeCloseTo(2, 9);
  });

  it('labels ticks without overlap and only with finite positions', () => {
    const l = contourLayout(328, domain);
    for (const tick of [...l.xTicks, ...l.yTicks]) {
      expect(Number.isFinite(tick.position)).toBe(true);
      expect(tick.label).not.toMatch(/NaN|Infinity/);
    }
    expect(l.xTicks.length).toBeGreaterThanOrEqual(2);
  });
});
