import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, train } from '../../../src/core/index.ts';
import { formatPowerOfTen } from '../../../src/charts/formatPowerOfTen.ts';
import { symlogTicks } from '../../../src/charts/symlogTicks.ts';
import { SYMLOG_RATIO, weightAxis } from '../../../src/charts/weightAxis.ts';
import { weightDomain } from '../../../src/charts/weightDomain.ts';

const article = train(ARTICLE_PARAMS);
const diverging = train({ ...ARTICLE_PARAMS, alpha: 5.1e-11 });

describe('weightDomain', () => {
  it('spans the weights up to the index and the target', () => {
    expect(weightDomain(article.weights, 0, 498.75)).toEqual({ min: 1, max: 498.75 });
    expect(weightDomain(article.weights, 72, null)).toEqual({ min: 1, max: 498.75 });
    expect(weightDomain(new Float64Array([5, -3, 9]), 1, null)).toEqual({ min: -3, max: 5 });
  });

  it('ignores the weights after the index, however large', () => {
    const last = diverging.length - 1;
    expect(weightDomain(diverging.weights, 2, 498.75).max).toBeLessThan(2000);
    expect(weightDomain(diverging.weights, last, 498.75).max).toBeGreaterThan(1e296);
  });

  it('clamps an index beyond the run', () => {
    expect(weightDomain(article.weights, 10_000, null).max).toBe(498.75);
  });
});

describe('weightAxis', () => {
  it("is linear for the article's run, with the target inside", () => {
    const axis = weightAxis({ min: 1, max: 498.75 }, 498.75, 200, 5);
    expect(axis.kind).toBe('linear');
    expect(axis.label).toBe('Weight');
    const y = axis.y(498.75);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(200);
    expect(axis.y(1)).toBeGreaterThan(y);
    expect(axis.ticks.map((t) => t.label)).toContain('500');
  });

  it(`switches to signed-log beyond ${SYMLOG_RATIO} times the lesson's scale, and says so`, () => {
    const axis = weightAxis(weightDomain(diverging.weights, diverging.length - 1, 498.75), 498.75, 200, 5);
    expect(axis.kind).toBe('symlog');
    expect(axis.label).toMatch(/signed-log/);
    // Ticks at 0 and ±10ᵏ, all inside the plot and not crowded.
    expect(axis.ticks.some((t) => t.label === '0')).toBe(true);
    expect(axis.ticks.some((t) => /^−?10[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(t.label))).toBe(true);
    for (const t of axis.ticks) {
      expect(t.position).toBeGreaterThanOrEqual(0);
      expect(t.position).toBeLessThanOrEqual(200);
    }
    // The target and the largest weight both have finite places in the plot.
    expect(Number.isFinite(axis.y(498.75))).toBe(true);
    expect(axis.y(4.6e297)).toBeGreaterThanOrEqual(0);
  });

  it('stays linear for a wide but converging oscillation (alpha 4.9e-11)', () => {
    const run = train({ ...ARTICLE_PARAMS, alpha: 4.9e-11 });
    expect(weightAxis(weightDomain(run.weights, run.length - 1, 498.75), 498.75, 200, 5).kind).toBe('linear');
  });

  it('handles a single weight with no target', () => {
    const axis = weightAxis({ min: 0, max: 0 }, 0, 200, 5);
    expect(axis.kind).toBe('linear');
    expect(Number.isFinite(axis.y(0))).toBe(true);
    expect(axis.ticks.length).toBeGreaterThan(1);
  });

  it('goes signed-log when the span would overflow', () => {
    const axis = weightAxis({ min: -1.7e308, max: 1.7e308 }, 1, 200, 5);
    expect(axis.kind).toBe('symlog');
    expect(Number.isFinite(axis.y(1.7e308))).toBe(true);
    expect(Number.isFinite(axis.y(-1.7e308))).toBe(true);
  });
});

describe('symlogTicks', () => {
  const position = (v: number) => -Math.sign(v) * Math.log1p(Math.abs(v)) * 10;

  it('gives 0 and powers of ten on both sides, ascending, within the budget', () => {
    const ticks = symlogTicks(-1e12, 1e12, 1, 7, position, 0);
    expect(ticks).toContain(0);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (let i = 1; i < ticks.length; i += 1) expect(ticks[i]).toBeGreaterThan(ticks[i - 1]!);
    for (const t of ticks) if (t !== 0) expect(Math.log10(Math.abs(t)) % 1).toBe(0);
  });

  it('starts at the first power of ten above the linear part', () => {
    const ticks = symlogTicks(0, 1e6, 50, 10, position, 0);
    expect(ticks[0]).toBe(0);
    expect(ticks[1]).toBe(100);
  });

  it('drops ticks that would crowd each other', () => {
    const ticks = symlogTicks(0, 1e6, 1, 10, (v) => Math.log10(1 + v), 1.5);
    for (let i = 1; i < ticks.length; i += 1) {
      expect(Math.log10(1 + ticks[i]!) - Math.log10(1 + ticks[i - 1]!)).toBeGreaterThanOrEqual(1.5);
    }
  });

  it('never goes beyond 10³⁰⁸', () => {
    const ticks = symlogTicks(-1.7e308, 1.7e308, 1, 9, position, 0);
    expect(ticks.every(Number.isFinite)).toBe(true);
  });
});

describe('formatPowerOfTen', () => {
  it('writes small powers out and large ones as 10ⁿ', () => {
    expect(formatPowerOfTen(0)).toBe('0');
    expect(formatPowerOfTen(100)).toBe('100');
    expect(formatPowerOfTen(1000)).toBe('1,000');
    expect(formatPowerOfTen(1e6)).toBe('10⁶');
    expect(formatPowerOfTen(-1e297)).toBe('−10²⁹⁷');
    expect(formatPowerOfTen(1e-5)).toBe('10⁻⁵');
    expect(formatPowerOfTen(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
