import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, train, type Run } from '../../../src/core/index.ts';
import { describeStop } from '../../../src/charts/describeStop.ts';
import { formatScaled } from '../../../src/charts/formatScaled.ts';
import { formatSlope } from '../../../src/charts/formatSlope.ts';
import { formatTickValues } from '../../../src/charts/formatTickValues.ts';

describe('formatScaled (value × 10^exponent, beyond a double)', () => {
  it('writes huge and tiny numbers as m × 10ⁿ', () => {
    expect(formatScaled(4, 304)).toBe('4.0\u00a0×\u00a010³⁰⁴');
    expect(formatScaled(0.5, 605)).toBe('5.0\u00a0×\u00a010⁶⁰⁴');
    expect(formatScaled(-1.72, 13)).toBe('−1.72\u00a0×\u00a010¹³');
    expect(formatScaled(2.5, -20)).toBe('2.5\u00a0×\u00a010⁻²⁰');
  });

  it('writes ordinary numbers out', () => {
    expect(formatScaled(2.5, 5)).toBe('250,000');
    expect(formatScaled(0, 400)).toBe('0');
    expect(formatScaled(9.996, 0)).toBe('10');
  });

  it('never shows NaN or Infinity', () => {
    expect(formatScaled(Number.NaN, 3)).toBe('—');
    expect(formatScaled(Number.POSITIVE_INFINITY, 3)).toBe('—');
    expect(formatScaled(1, 0.5)).toBe('—');
  });
});

describe('formatSlope (2 · delta · input)', () => {
  it('matches the product where it is a double', () => {
    // Iteration 0 of the article: delta = 200,000 − 99,750,000.
    expect(formatSlope(-99_550_000, 200_000)).toBe('−3.98\u00a0×\u00a010¹³');
    expect(formatSlope(0, 200_000)).toBe('0');
  });

  it('does not overflow for a diverging delta', () => {
    expect(formatSlope(9.2125e302, 200_000)).toBe('3.69\u00a0×\u00a010³⁰⁸');
    expect(formatSlope(-7.17e304, 200_000)).toBe('−2.87\u00a0×\u00a010³¹⁰');
  });
});

describe('formatTickValues', () => {
  it('uses as many digits as neighbouring ticks need', () => {
    expect(formatTickValues([0, 100, 200])).toEqual(['0', '100', '200']);
    expect(formatTickValues([498.2, 498.4, 498.6])).toEqual(['498.2', '498.4', '498.6']);
    expect(formatTickValues([0, 5000, 10_000, 15_000])).toEqual(['0', '5,000', '10,000', '15,000']);
  });

  it('switches to × 10ⁿ for large ticks', () => {
    expect(formatTickValues([0, 1e13, 2e13])).toEqual(['0', '1.0\u00a0×\u00a010¹³', '2.0\u00a0×\u00a010¹³']);
    expect(formatTickValues([-2e299, 0, 2e299])).toEqual(['−2.0\u00a0×\u00a010²⁹⁹', '0', '2.0\u00a0×\u00a010²⁹⁹']);
  });
});

describe('describeStop', () => {
  const withAlpha = (alpha: number, maxUpdates?: number): Run =>
    train({ ...ARTICLE_PARAMS, alpha }, maxUpdates === undefined ? {} : { maxUpdates });

  it('says how each kind of run ends', () => {
    expect(describeStop(withAlpha(1e-11))).toBe('reaching the goal exactly');
    expect(describeStop(withAlpha(5.1e-11))).toBe('until the numbers overflow');
    expect(describeStop(withAlpha(3.5e-11))).toBe('repeating two weights forever');
    expect(describeStop(withAlpha(1e-15, 99))).toBe('stopping at the cap of 99 updates');
    expect(describeStop(train(ARTICLE_PARAMS, { tolerance: 1 }))).toBe('stopping within the tolerance of 1');
  });
});
