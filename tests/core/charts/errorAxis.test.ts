import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, iterationAt, train } from '../../../src/core/index.ts';
import { errorAxis, ZERO_BAND } from '../../../src/charts/errorAxis.ts';
import { errorExtent } from '../../../src/charts/errorExtent.ts';
import { errorLogAt } from '../../../src/charts/errorLogs.ts';
import { thinRun } from '../../../src/charts/thinRun.ts';
import type { Run } from '../../../src/core/index.ts';

const article = train(ARTICLE_PARAMS);
const diverging = train({ ...ARTICLE_PARAMS, alpha: 5.1e-11 });
/** Every iteration's log₁₀(error), as an array of the run's length. */
const logsOf = (run: Run) => Float64Array.from({ length: run.length }, (_, i) => errorLogAt(run, i));
/** The run's errors thinned for `columns` pixels, as the error chart thins them. */
const keptErrors = (run: Run, columns = 640) => thinRun(run.weights, run.length, columns, run.params);

describe('errorLogAt', () => {
  it('is log10 of the error wherever the error is a double', () => {
    for (const i of [0, 1, 10, 40, 71]) {
      const { error } = iterationAt(article, i);
      expect(errorLogAt(article, i)).toBeCloseTo(Math.log10(error!), 10);
    }
  });

  it('is -Infinity for an error of exactly 0 (the article run ends on one)', () => {
    expect(iterationAt(article, 72).error).toBe(0);
    expect(errorLogAt(article, 72)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('stays finite where the error overflows (a diverging run reaches 10⁶⁰⁴)', () => {
    const logs = logsOf(diverging);
    const last = diverging.length - 1;
    expect(iterationAt(diverging, last).error).toBeNull();
    expect(logs[last]).toBeGreaterThan(600);
    expect(logs[last]).toBeLessThan(620);
    expect(logs.every(Number.isFinite)).toBe(true);
  });
});

describe('thinRun with the run\'s example (the error chart)', () => {
  it('keeps exactly what thinning an array of every log₁₀(error) keeps, at any width', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-13, max: 5.2e-11, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.integer({ min: 1, max: 900 }),
        (alpha, startWeight, columns) => {
          const run = train({ ...ARTICLE_PARAMS, alpha, startWeight }, { maxUpdates: 5_000 });
          expect(keptErrors(run, columns)).toEqual(thinRun(logsOf(run), run.length, columns));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('errorExtent', () => {
  it('spans the non-zero errors and finds the exact zero', () => {
    const extent = errorExtent(article, keptErrors(article));
    expect(extent.zeroAt).toBe(72);
    expect(extent.logs!.max).toBeCloseTo(Math.log10(iterationAt(article, 0).error!), 10);
    expect(extent.logs!.min).toBeLessThan(-10);
  });

  it('has no zero for a run that never reaches the goal', () => {
    expect(errorExtent(diverging, keptErrors(diverging)).zeroAt).toBeNull();
  });

  it('is null when every error is 0', () => {
    const exact = train({ ...ARTICLE_PARAMS, startWeight: 498.75 });
    expect(exact.length).toBe(1);
    expect(errorExtent(exact, keptErrors(exact))).toEqual({ logs: null, zeroAt: 0 });
  });

  it('from the thinned errors, is the extent of every error, however narrow the chart', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-13, max: 5.2e-11, noNaN: true }), fc.integer({ min: 1, max: 900 }), (alpha, columns) => {
        const run = train({ ...ARTICLE_PARAMS, alpha }, { maxUpdates: 5_000 });
        const finite = Array.from(logsOf(run)).filter(Number.isFinite);
        const extent = errorExtent(run, keptErrors(run, columns));
        expect(extent.logs).toEqual(finite.length === 0 ? null : { min: Math.min(...finite), max: Math.max(...finite) });
      }),
      { numRuns: 150 },
    );
  });
});

describe('errorAxis', () => {
  it('puts ticks at whole powers of ten, labelled 10ⁿ', () => {
    const axis = errorAxis({ min: -15.3, max: 15.9 }, false, 200, 5);
    expect(axis.ticks.length).toBeGreaterThan(2);
    for (const tick of axis.ticks) {
      expect(Number.isInteger(tick.value)).toBe(true);
      expect(tick.label).toMatch(/^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
    }
    expect(axis.y(16)).toBeCloseTo(0);
    expect(axis.y(-16)).toBeCloseTo(200);
    expect(axis.zeroY).toBeNull();
    expect(axis.zeroTick).toBeNull();
    expect(axis.logBottom).toBe(200);
  });

  it('reaches 10⁶⁰⁰ for a diverging run', () => {
    const axis = errorAxis(errorExtent(diverging, keptErrors(diverging)).logs, false, 200, 5);
    expect(axis.ticks.map((t) => t.label)).toContain('10⁶⁰⁰');
  });

  it('gives an exact zero a band of its own at the foot, labelled "0 (exact)"', () => {
    const axis = errorAxis({ min: -15.3, max: 15.9 }, true, 200, 5);
    expect(axis.logBottom).toBe(200 - ZERO_BAND);
    expect(axis.zeroY).toBeGreaterThan(axis.logBottom);
    expect(axis.zeroY).toBeLessThanOrEqual(200);
    expect(axis.zeroTick).toEqual({ value: 0, position: axis.zeroY, label: '0 (exact)' });
    for (const tick of axis.ticks) expect(tick.position).toBeLessThanOrEqual(axis.logBottom);
  });

  it('spans at least one power of ten when every error is the same', () => {
    const axis = errorAxis({ min: 32, max: 32 }, false, 200, 5);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    expect(axis.ticks.every((t) => Number.isFinite(t.position))).toBe(true);
  });
});
