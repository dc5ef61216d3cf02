import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, iterationAt, train } from '../../../src/core/index.ts';
import { errorAxis, ZERO_BAND } from '../../../src/charts/errorAxis.ts';
import { errorExtent } from '../../../src/charts/errorExtent.ts';
import { errorLogs } from '../../../src/charts/errorLogs.ts';

const article = train(ARTICLE_PARAMS);
const diverging = train({ ...ARTICLE_PARAMS, alpha: 5.1e-11 });

describe('errorLogs', () => {
  it('is log10 of the error wherever the error is a double', () => {
    const logs = errorLogs(article);
    expect(logs).toHaveLength(article.length);
    for (const i of [0, 1, 10, 40, 71]) {
      const { error } = iterationAt(article, i);
      expect(logs[i]).toBeCloseTo(Math.log10(error!), 10);
    }
  });

  it('is -Infinity for an error of exactly 0 (the article run ends on one)', () => {
    const logs = errorLogs(article);
    expect(iterationAt(article, 72).error).toBe(0);
    expect(logs[72]).toBe(Number.NEGATIVE_INFINITY);
  });

  it('stays finite where the error overflows (a diverging run reaches 10⁶⁰⁴)', () => {
    const logs = errorLogs(diverging);
    const last = diverging.length - 1;
    expect(iterationAt(diverging, last).error).toBeNull();
    expect(logs[last]).toBeGreaterThan(600);
    expect(logs[last]).toBeLessThan(620);
    expect(logs.every(Number.isFinite)).toBe(true);
  });
});

describe('errorExtent', () => {
  it('spans the non-zero errors and finds the exact zero', () => {
    const extent = errorExtent(errorLogs(article));
    expect(extent.zeroAt).toBe(72);
    expect(extent.logs!.max).toBeCloseTo(Math.log10(iterationAt(article, 0).error!), 10);
    expect(extent.logs!.min).toBeLessThan(-10);
  });

  it('has no zero for a run that never reaches the goal', () => {
    expect(errorExtent(errorLogs(diverging)).zeroAt).toBeNull();
  });

  it('is null when every error is 0', () => {
    expect(errorExtent(new Float64Array([Number.NEGATIVE_INFINITY]))).toEqual({ logs: null, zeroAt: 0 });
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
    const axis = errorAxis(errorExtent(errorLogs(diverging)).logs, false, 200, 5);
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
