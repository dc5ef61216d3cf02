import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, errorAt, errorSlope, train } from '../../../src/core/index.ts';
import { errorLandscape } from '../../../src/charts/errorLandscape.ts';
import { landscapeDomain } from '../../../src/charts/landscapeDomain.ts';
import { landscapeErrorTicks } from '../../../src/charts/landscapeErrorTicks.ts';
import { nearestPoint } from '../../../src/charts/nearestPoint.ts';
import { MAX_LANDSCAPE_STEPS, stepIndices } from '../../../src/charts/stepIndices.ts';
import { tangentSegment } from '../../../src/charts/tangentSegment.ts';

const example = { input: ARTICLE_PARAMS.input, goal: ARTICLE_PARAMS.goal };
const ideal = 498.75;

describe('landscapeDomain', () => {
  it('spans the weights visited so far and the ideal weight, padded', () => {
    const run = train(ARTICLE_PARAMS);
    const domain = landscapeDomain(run.weights, 3, ideal);
    expect(domain.min).toBeLessThan(1);
    expect(domain.max).toBeGreaterThan(ideal);
    expect(domain.max - domain.min).toBeLessThan(2 * (ideal - 1));
  });

  it('does not overflow for weights near the largest double', () => {
    const domain = landscapeDomain(new Float64Array([-1.7e308, 1.7e308]), 1, 0.5);
    expect(Number.isFinite(domain.max - domain.min)).toBe(true);
  });

  it('pads a single weight', () => {
    const domain = landscapeDomain(new Float64Array([ideal]), 0, ideal);
    expect(domain.min).toBeLessThan(ideal);
    expect(domain.max).toBeGreaterThan(ideal);
  });
});

describe('errorLandscape', () => {
  const domain = { min: 0, max: 1000 };
  const land = errorLandscape(domain, example);
  const errorMax = Math.max(errorAt(0, example), errorAt(1000, example));

  it('is the error relative to the largest in the domain: 0 at the ideal weight, 1 at the far end', () => {
    expect(land.relative(ideal)).toBe(0);
    expect(land.relative(1000)).toBeCloseTo(1, 12);
    expect(land.relative(0)).toBeLessThan(1);
    for (const w of [100, 391.236, 700]) expect(land.relative(w)).toBeCloseTo(errorAt(w, example) / errorMax, 12);
    expect(land.log10ErrorMax).toBeCloseTo(Math.log10(errorMax), 10);
  });

  it('has the true derivative 2·delta·input as its slope, rescaled per domain width', () => {
    for (const w of [1, 200.1, 391.236, 600]) {
      expect(land.slope(w)).toBeCloseTo((errorSlope(w, example) * (domain.max - domain.min)) / errorMax, 10);
    }
    expect(land.slope(ideal)).toBe(0);
  });

  it('stays finite for a diverging run whose errors overflow', () => {
    const run = train({ ...ARTICLE_PARAMS, alpha: 5.1e-11 });
    const big = errorLandscape(landscapeDomain(run.weights, run.length - 1, ideal), example);
    const last = run.weights[run.length - 1]!;
    expect(big.relative(last)).toBeGreaterThan(0.5);
    expect(big.relative(last)).toBeLessThanOrEqual(1);
    expect(Math.abs(big.slope(last))).toBeLessThanOrEqual(4);
    expect(big.log10ErrorMax).toBeGreaterThan(600);
  });

  it('is flat for input 0 (no ideal weight)', () => {
    const flat = errorLandscape({ min: 0, max: 10 }, { input: 0, goal: 5 });
    expect(flat.relative(3)).toBe(1);
    expect(Math.abs(flat.slope(3))).toBe(0);
    const zero = errorLandscape({ min: 0, max: 10 }, { input: 0, goal: 0 });
    expect(zero.relative(3)).toBe(0);
    expect(zero.log10ErrorMax).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('landscapeErrorTicks', () => {
  it('puts round error values at their relative height', () => {
    // errorMax = 9.91e15
    const ticks = landscapeErrorTicks(Math.log10(9.91e15), 5);
    expect(ticks[0]).toEqual({ relative: 0, label: '0' });
    expect(ticks.map((t) => t.label)).toContain('2.0\u00a0×\u00a010¹⁵');
    const two = ticks.find((t) => t.label === '2.0\u00a0×\u00a010¹⁵');
    expect(two?.relative).toBeCloseTo(2 / 9.91, 10);
    expect(ticks.every((t) => t.relative >= 0 && t.relative <= 1)).toBe(true);
  });

  it('labels errors beyond a double', () => {
    const labels = landscapeErrorTicks(605.3, 4).map((t) => t.label);
    expect(labels.some((l) => l.endsWith('10⁶⁰⁵'))).toBe(true);
  });

  it('has just 0 when the error is 0 everywhere', () => {
    expect(landscapeErrorTicks(Number.NEGATIVE_INFINITY, 4)).toEqual([{ relative: 0, label: '0' }]);
  });
});

describe('tangentSegment', () => {
  it('is centred on the point, with the given slope and length', () => {
    const s = tangentSegment(100, 50, 0.5, 40);
    expect((s.x1 + s.x2) / 2).toBeCloseTo(100);
    expect((s.y1 + s.y2) / 2).toBeCloseTo(50);
    expect((s.y2 - s.y1) / (s.x2 - s.x1)).toBeCloseTo(0.5);
    expect(Math.hypot(s.x2 - s.x1, s.y2 - s.y1)).toBeCloseTo(80);
    expect(s.angle).toBeCloseTo((Math.atan(0.5) * 180) / Math.PI);
  });

  it('is vertical for an infinite slope and flat for NaN', () => {
    const v = tangentSegment(0, 0, Number.POSITIVE_INFINITY, 10);
    expect(v.x2 - v.x1).toBeCloseTo(0);
    expect(v.angle).toBe(90);
    expect(tangentSegment(0, 0, Number.NaN, 10).angle).toBe(0);
  });
});

describe('stepIndices', () => {
  it('joins every iteration up to the index while there are few', () => {
    expect(stepIndices(0)).toEqual([0]);
    expect(stepIndices(3)).toEqual([0, 1, 2, 3]);
  });

  it('keeps only the last steps of a long run', () => {
    const steps = stepIndices(17_317);
    expect(steps).toHaveLength(MAX_LANDSCAPE_STEPS + 1);
    expect(steps[0]).toBe(17_317 - MAX_LANDSCAPE_STEPS);
    expect(steps.at(-1)).toBe(17_317);
  });

  it('zig-zags across the valley when the run overshoots (alpha 3.5e-11)', () => {
    const run = train({ ...ARTICLE_PARAMS, alpha: 3.5e-11 });
    const sides = stepIndices(8).map((i) => Math.sign(run.weights[i]! - ideal));
    expect(sides).toEqual([-1, 1, -1, 1, -1, 1, -1, 1, -1]);
  });
});

describe('nearestPoint', () => {
  it('finds the candidate nearest to the pointer', () => {
    const xs = [0, 10, 20];
    expect(nearestPoint([0, 1, 2], (i) => xs[i]!, () => 0, 12, 3)).toBe(1);
    expect(nearestPoint([], () => 0, () => 0, 0, 0)).toBeNull();
  });
});
