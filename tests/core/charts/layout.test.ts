import fc from 'fast-check';
import { line, scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { chartLayout, MIN_CHART_WIDTH } from '../../../src/charts/chartLayout.ts';
import { clampIndex } from '../../../src/charts/clampIndex.ts';
import { clampToPlot } from '../../../src/charts/clampToPlot.ts';
import { finite } from '../../../src/charts/finite.ts';
import { fitLinearTicks } from '../../../src/charts/fitLinearTicks.ts';
import { iterationAxis } from '../../../src/charts/iterationAxis.ts';
import { longestLabel } from '../../../src/charts/longestLabel.ts';
import { dotsPath, formatTenths, seriesPath } from '../../../src/charts/seriesPath.ts';
import { signedLog } from '../../../src/charts/signedLog.ts';
import { untilOffChart } from '../../../src/charts/untilOffChart.ts';
import { xTickAnchor, xTickLabelSpan } from '../../../src/charts/xTickLabel.ts';
import { pathPoints } from './pathPoints.ts';

describe('chartLayout', () => {
  it('is compact on phones and roomier on wide screens', () => {
    const phone = chartLayout(320);
    const wide = chartLayout(900);
    expect(phone.compact).toBe(true);
    expect(wide.compact).toBe(false);
    expect(phone.height).toBeLessThan(wide.height);
    expect(phone.xTickCount).toBeLessThan(wide.xTickCount);
    expect(phone.innerWidth).toBe(320 - phone.margin.left - phone.margin.right);
    expect(wide.innerHeight).toBe(wide.height - wide.margin.top - wide.margin.bottom);
  });

  it('honours a given height and grows the left margin for long tick labels', () => {
    expect(chartLayout(600, 400).height).toBe(400);
    expect(chartLayout(600, 300, 10).margin.left).toBeGreaterThan(chartLayout(600, 300, 3).margin.left);
  });

  it('survives nonsense sizes', () => {
    for (const w of [Number.NaN, Number.POSITIVE_INFINITY, -5, 0]) {
      const layout = chartLayout(w, Number.NaN);
      expect(layout.width).toBeGreaterThanOrEqual(MIN_CHART_WIDTH);
      expect(Number.isFinite(layout.innerWidth) && layout.innerWidth > 0).toBe(true);
      expect(Number.isFinite(layout.innerHeight) && layout.innerHeight > 0).toBe(true);
    }
  });
});

describe('clampIndex', () => {
  it('keeps the index inside the run', () => {
    expect(clampIndex(5, 73)).toBe(5);
    expect(clampIndex(-1, 73)).toBe(0);
    expect(clampIndex(100, 73)).toBe(72);
    expect(clampIndex(2.6, 73)).toBe(3);
    expect(clampIndex(Number.NaN, 73)).toBe(0);
    expect(clampIndex(Number.POSITIVE_INFINITY, 73)).toBe(72);
  });
});

describe('finite and clampToPlot', () => {
  it('replace non-finite numbers', () => {
    expect(finite(3)).toBe(3);
    expect(finite(Number.NaN)).toBe(0);
    expect(finite(Number.NEGATIVE_INFINITY, 7)).toBe(7);
    expect(clampToPlot(-5, 100)).toBe(0);
    expect(clampToPlot(500, 100)).toBe(100);
    expect(clampToPlot(Number.NaN, 100, 100)).toBe(100);
  });
});

describe('iterationAxis', () => {
  it('maps iterations across the plot with whole-number ticks', () => {
    const axis = iterationAxis(20_000, 800, 8);
    expect(axis.x(0)).toBe(0);
    expect(axis.x(19_999)).toBeCloseTo(800);
    expect(axis.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(axis.ticks.map((t) => t.label)).toContain('10,000');
    expect(axis.nearest(400)).toBe(10_000);
    expect(axis.nearest(-50)).toBe(0);
    expect(axis.nearest(5000)).toBe(19_999);
  });

  it('has no fractional ticks for a short run and survives a one-iteration run', () => {
    expect(iterationAxis(2, 800, 8).ticks.map((t) => t.value)).toEqual([0, 1]);
    const one = iterationAxis(1, 300, 4);
    expect(one.x(0)).toBe(0);
    expect(one.nearest(200)).toBe(0);
  });
});

describe('fitLinearTicks and longestLabel', () => {
  it('asks for fewer ticks until the labels fit', () => {
    const scale = scaleLinear().domain([-2e299, 2e299]).range([0, 200]);
    const ticks = fitLinearTicks(scale, 8);
    expect(ticks.length).toBeLessThanOrEqual(3);
    expect(longestLabel(ticks)).toBeGreaterThan(5);
    expect(longestLabel([])).toBe(0);
  });

  it('keeps every second tick rather than one when long labels overlap at every count', () => {
    // The lab's landscape at 360 px after a diverging run (alpha 1e-9): 207 px of weights to −4.7 × 10²⁹⁸.
    const scale = scaleLinear().domain([-4.67e298, 4.65e297]).range([0, 207]);
    const ticks = fitLinearTicks(scale, 2);
    expect(ticks.map((t) => t.label)).toEqual(['−4.0\u00a0×\u00a010²⁹⁸', '0']);
    // Counted from 0 when 0 is a tick; from the first otherwise.
    const offZero = scaleLinear().domain([0.5e298, 6.2e298]).range([0, 200]);
    expect(fitLinearTicks(offZero, 2).map((t) => t.value)).toEqual([2e298, 6e298]);
    // Short labels still get every tick.
    expect(fitLinearTicks(scaleLinear().domain([0, 500]).range([0, 207]), 3).map((t) => t.label)).toEqual(['0', '200', '400']);
  });

  it('leaves room for a label the axis pushes inward off its end, and keeps 0 and a neighbour', () => {
    // The last tick sits so near the right end that its label is drawn ending there, over the "0".
    const scale = scaleLinear().domain([-3e236, 2.2e236]).range([0, 200]);
    const overhang = { left: 60, right: 12 };
    const ticks = fitLinearTicks(scale, 3, { overhang });
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.map((t) => t.value)).toContain(0);
    const spans = ticks.map((t) => xTickLabelSpan(t, 200, overhang));
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]!.from).toBeGreaterThan(spans[i - 1]!.to);
    // The scale's last tick is one the axis draws pushed inward, which a check of centred labels missed.
    const last = scale.ticks(3).at(-1) ?? 0;
    expect(xTickAnchor({ value: last, position: scale(last), label: '2.0\u00a0×\u00a010²³⁶' }, 200, overhang)).toBe('end');
  });
});

describe('signedLog', () => {
  it('is sign(x)·ln(1 + |x|/c), without overflowing', () => {
    expect(signedLog(0, 1)).toBe(0);
    expect(signedLog(10, 10)).toBeCloseTo(Math.log(2));
    expect(signedLog(-10, 10)).toBeCloseTo(-Math.log(2));
    const huge = signedLog(1.7e308, 0.01);
    expect(Number.isFinite(huge)).toBe(true);
    expect(huge).toBeCloseTo(Math.log(1.7e308) - Math.log(0.01));
  });
});

describe('untilOffChart', () => {
  it('stops the future at the first point beyond the bounds', () => {
    const ys = [50, 60, 90, 500, 40];
    expect(untilOffChart(0, 4, (i) => ys[i]!, 0, 100)).toBe(3);
    expect(untilOffChart(0, 2, (i) => ys[i]!, 0, 100)).toBe(2);
    expect(untilOffChart(4, 4, (i) => ys[i]!, 0, 100)).toBe(4);
    expect(untilOffChart(0, 1, () => Number.NaN, 0, 100)).toBe(1);
  });
});

describe('formatTenths', () => {
  it('writes a number rounded to a tenth as JavaScript writes that number', () => {
    for (const v of [0, -0, 0.04, -0.04, 0.05, -0.05, -0.5, 1.25, -1.25, 7, -7, 12.34, 4199.95, -4199.95]) {
      expect(formatTenths(v)).toBe(String(Math.round(v * 10) / 10));
    }
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) => {
        expect(formatTenths(v)).toBe(String(Math.round(v * 10) / 10));
      }),
    );
  });
});

describe('seriesPath', () => {
  it('draws one path through the points, rounded to 0.1 px', () => {
    const d = seriesPath([0, 1, 2], (i) => i * 10, (i) => i * 5.123, 100, 100);
    expect(pathPoints(d)).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 5.1 },
      { x: 20, y: 10.2 },
    ]);
  });

  it('leaves out non-finite points and pulls far-away points in', () => {
    const ys = [10, Number.NaN, 1e300, Number.NEGATIVE_INFINITY, 20];
    const d = seriesPath([0, 1, 2, 3, 4], (i) => i, (i) => ys[i]!, 100, 100);
    expect(d).not.toMatch(/NaN|Infinity|e\+/);
    const points = pathPoints(d);
    expect(points).toHaveLength(3);
    expect(points[1]!.y).toBe(2100);
  });

  it('is empty when there is nothing to draw', () => {
    expect(seriesPath([], (i) => i, (i) => i, 100, 100)).toBe('');
  });

  it("draws what d3-shape's line draws through the same points, breaks and lone points included", () => {
    const coordinate = fc.oneof(
      fc.double({ min: -5000, max: 5000, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { maxLength: 60 }), (points) => {
        const indices = points.map((_, i) => i);
        const x = (i: number) => points[i]![0];
        const y = (i: number) => points[i]![1];
        const pulled = (v: number, size: number) => Math.min(size + 2000, Math.max(-2000, v));
        const expected =
          line<number>()
            .defined((i) => Number.isFinite(x(i)) && Number.isFinite(y(i)))
            .x((i) => pulled(x(i), 300))
            .y((i) => pulled(y(i), 200))
            .digits(1)(indices) ?? '';
        expect(seriesPath(indices, x, y, 300, 200)).toBe(expected);
      }),
    );
  });
});

describe('dotsPath', () => {
  it('puts one piece of length 0 at each point, rounded to 0.1 px', () => {
    expect(dotsPath([0, 1, 2], (i) => i * 10, (i) => i * 5.123, 100, 100)).toBe('M0,0h0M10,5.1h0M20,10.2h0');
  });

  it('draws a point that repeats, to 0.1 px, once', () => {
    const xs = [5, 40, 5.01, 40, 5];
    expect(dotsPath([0, 1, 2, 3, 4], (i) => xs[i]!, () => 7, 100, 100)).toBe('M5,7h0M40,7h0');
  });

  it('is empty when there is nothing to draw', () => {
    expect(dotsPath([], (i) => i, (i) => i, 100, 100)).toBe('');
    expect(dotsPath([0, 1], () => Number.NaN, (i) => i, 100, 100)).toBe('');
  });

  it('has a dot at each distinct vertex of the line seriesPath draws through the same points, and nothing else', () => {
    const coordinate = fc.oneof(
      fc.double({ min: -5000, max: 5000, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e300),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { maxLength: 60 }), (points) => {
        const indices = points.map((_, i) => i);
        const x = (i: number) => points[i]![0];
        const y = (i: number) => points[i]![1];
        const dots = dotsPath(indices, x, y, 300, 200);
        expect(dots).not.toMatch(/NaN|Infinity|e\+/);
        expect(dots.split('M').slice(1).every((piece) => piece.endsWith('h0'))).toBe(true);
        const key = (p: { x: number; y: number }) => `${String(p.x)},${String(p.y)}`;
        const vertices = new Set(pathPoints(seriesPath(indices, x, y, 300, 200)).map(key));
        const drawn = pathPoints(dots).map(key);
        expect(new Set(drawn).size).toBe(drawn.length);
        expect(new Set(drawn)).toEqual(vertices);
      }),
    );
  });
});
