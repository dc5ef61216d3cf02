import { describe, expect, it } from 'vitest';
import { iterationChartGeometry, logTicks } from '../../../../src/steps/beyond/several/iterationChartGeometry.ts';

describe('logTicks', () => {
  it('labels whole powers of ten over two decades or more', () => {
    const ticks = logTicks(-25, 4.3, 5);
    expect(ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(ticks.map((t) => t.label)).toContain('1');
    expect(ticks.map((t) => t.label)).toContain('10⁻²⁰');
  });

  it('uses 1-2-5 steps inside a narrow range', () => {
    const ticks = logTicks(Math.log10(11_000), Math.log10(36_000), 4);
    expect(ticks.map((t) => t.label)).toEqual(['20,000', '30,000']);
  });

  it('gives nothing for a range that is not one', () => {
    expect(logTicks(Number.NaN, 1, 4)).toEqual([]);
    expect(logTicks(2, 1, 4)).toEqual([]);
  });

  it('labels powers far beyond a double without computing them', () => {
    expect(logTicks(300, 600, 3).map((t) => t.label)).toContain('10⁴⁰⁰');
  });
});

describe('iterationChartGeometry', () => {
  it('draws a finite path and ticks for an ordinary series', () => {
    const values = Float64Array.from({ length: 2000 }, (_, i) => 4 - i / 100);
    const g = iterationChartGeometry(values, values.length, 640, 220, 'log10', null);
    expect(g.path).not.toMatch(/NaN|Infinity/);
    expect(g.yTicks.length).toBeGreaterThan(1);
    for (const t of [...g.xTicks, ...g.yTicks]) expect(Number.isFinite(t.position)).toBe(true);
    // Thinned: at most about four points a pixel column, however long the run.
    expect((g.path.match(/[ML]/g) ?? []).length).toBeLessThanOrEqual(4 * g.layout.innerWidth + 4);
  });

  it('survives series with no finite value, one iteration, and huge values', () => {
    for (const values of [Float64Array.of(Number.NaN, -Infinity), Float64Array.of(3), Float64Array.of(-1e308, 1e308)]) {
      const g = iterationChartGeometry(values, values.length, 320, undefined, 'linear', 1);
      expect(g.path).not.toMatch(/NaN|Infinity/);
      expect(Number.isFinite(g.targetY)).toBe(true);
      for (const t of g.yTicks) expect(`${t.position} ${t.label}`).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('formatFromLog10', () => {
  it('reads quantities given by their logarithm, even beyond a double', async () => {
    const { formatFromLog10 } = await import('../../../../src/steps/beyond/several/series.ts');
    expect(formatFromLog10(Math.log10(34_153.75))).toBe('34,154');
    expect(formatFromLog10(-Infinity)).toBe('0');
    expect(formatFromLog10(Number.NaN)).toBe('—');
    expect(formatFromLog10(Infinity)).toBe('—');
    expect(formatFromLog10(427.5)).toBe('3.16\u00a0×\u00a010⁴²⁷');
    expect(formatFromLog10(-24.36, 3)).toBe('4.37\u00a0×\u00a010⁻²⁵');
    expect(formatFromLog10(Math.log10(9.9996e20), 3)).toBe('1.0\u00a0×\u00a010²¹');
  });
});
