import { describe, expect, it } from 'vitest';
import {
  FILMS,
  bestWeight,
  filmExamples,
  formatNumber,
  meanInputSquare,
  meanSquaredError,
  trainMany,
  type Example,
} from '../../../../src/core/index.ts';
import { filmsFrame, filmsMoment, type FilmDatum } from '../../../../src/charts/many/filmsGeometry.ts';
import { landscapeDomain, landscapeGeometry, type LandscapeFilms } from '../../../../src/charts/many/landscapeGeometry.ts';
import { decadeLabel, decadeStep, logAxis, ZERO_BAND } from '../../../../src/charts/many/logAxis.ts';
import { lineThroughBox } from '../../../../src/charts/many/modelLine.ts';
import { mseChartGeometry } from '../../../../src/charts/many/mseChartGeometry.ts';
import { mseLogs } from '../../../../src/charts/many/mseLogs.ts';
import { parabolaAt, parabolaPath, visibleSpan } from '../../../../src/charts/many/parabolaPath.ts';
import { prefixExtents } from '../../../../src/charts/many/prefixExtents.ts';
import { thinRun } from '../../../../src/charts/thinRun.ts';

const examples = filmExamples(FILMS, 1e6);
const films: FilmDatum[] = FILMS.map((f) => ({ title: f.title, budget: f.budget / 1e6, gross: f.worldwideGross / 1e6 }));
const best = bestWeight(examples)!;
const landscapeFilms = (data: readonly Example[] = examples): LandscapeFilms => {
  const b = bestWeight(data)!;
  return { examples: data, best: b, floor: meanSquaredError(b, data), meanSquare: meanInputSquare(data) };
};

/** Every number in path data or an attribute. */
const numbersIn = (text: string): number[] => [...text.matchAll(/-?[\d.]+(?:e[-+]?\d+)?|NaN|Infinity/g)].map((m) => Number(m[0]));
const allFinite = (text: string): boolean => !/NaN|Infinity/.test(text) && numbersIn(text).every(Number.isFinite);

describe('a parabola as one quadratic Bézier', () => {
  it('passes through the parabola at its ends and its middle', () => {
    const p = { a: 2, c: 1, k: 3 };
    const d = parabolaPath(p, -1, 4, (w) => w, (v) => v);
    const [x0, y0, cx, cy, x2, y2] = numbersIn(d) as [number, number, number, number, number, number];
    expect([x0, y0, x2, y2]).toEqual([-1, parabolaAt(p, -1), 4, parabolaAt(p, 4)]);
    // A quadratic Bézier at t = ½ is (P0 + 2·P1 + P2) / 4.
    expect((x0 + 2 * cx + x2) / 4).toBeCloseTo(1.5, 6);
    expect((y0 + 2 * cy + y2) / 4).toBeCloseTo(parabolaAt(p, 1.5), 1);
  });

  it('keeps only the part under the top of the chart', () => {
    expect(visibleSpan({ a: 1, c: 0, k: 0 }, -10, 10, 4)).toEqual({ from: -2, to: 2 });
    expect(visibleSpan({ a: 1, c: 0, k: 5 }, -10, 10, 4)).toBeNull();
    expect(visibleSpan({ a: 0, c: 0, k: 1 }, -10, 10, 4)).toEqual({ from: -10, to: 10 });
    expect(visibleSpan({ a: 1, c: 100, k: 0 }, -10, 10, 4)).toBeNull();
  });
});

describe('the model’s line through a box', () => {
  it('finds the budgets where gross = weight × budget is inside', () => {
    expect(lineThroughBox(2, 0.1, 100, 1, 1000)).toEqual({ from: 0.5, to: 100 });
    expect(lineThroughBox(100, 0.1, 100, 1, 1000)).toEqual({ from: 0.1, to: 10 });
    expect(lineThroughBox(1e-9, 0.1, 100, 1, 1000)).toBeNull();
    expect(lineThroughBox(-1, 0, 10, 0, 10)).toBeNull();
    expect(lineThroughBox(0, 0, 10, 0, 10)).toEqual({ from: 0, to: 10 });
    expect(lineThroughBox(Number.NaN, 0, 10, 0, 10)).toBeNull();
  });
});

describe('a logarithmic axis', () => {
  it('ticks whole decades over wide spans, and round values over narrow ones', () => {
    const wide = logAxis({ min: -1, max: 3 }, 300, 0, 6, { round: true });
    expect(wide.ticks.map((t) => t.label)).toEqual(['0.1', '1', '10', '100', '1,000']);
    expect(wide.ticks[0]?.position).toBe(300);
    const narrow = logAxis({ min: Math.log10(27_190), max: Math.log10(32_146) }, 200, 0, 5);
    expect(narrow.ticks.map((t) => t.label)).toEqual(['27,000', '28,000', '29,000', '30,000', '31,000', '32,000']);
    for (const t of narrow.ticks) expect(t.position).toBeGreaterThan(0);
    const huge = logAxis({ min: 4, max: 600 }, 200, 0, 5);
    expect(huge.ticks.length).toBeLessThanOrEqual(6);
    expect(huge.ticks.every((t) => Number.isFinite(t.position))).toBe(true);
    // A run that explodes: ticks on round multiples of a round step, not wherever the padding began.
    expect(huge.ticks.map((t) => t.label)).toEqual(['1', '10²⁰⁰', '10⁴⁰⁰', '10⁶⁰⁰']);
    expect(logAxis({ min: -25.8, max: 40 }, 200, 0, 5).ticks.map((t) => t.value)).toEqual([-20, 0, 20, 40]);
    expect(Object.is(huge.ticks[0]?.value, 0)).toBe(true);
    expect([0.5, 1, 1.2, 2, 2.6, 7, 10, 131, 1000].map(decadeStep)).toEqual([1, 1, 2, 2, 5, 10, 10, 200, 1000]);
    expect(decadeLabel(600)).toBe('10⁶⁰⁰');
    expect(decadeLabel(-7)).toBe('10⁻⁷');
  });

  it('keeps a band at the foot for values of exactly 0', () => {
    const axis = logAxis({ min: -3, max: 2 }, 200, 0, 5, { zeroBand: true, zeroLabel: '0 (exact)' });
    expect(axis.zeroAt).toBe(200 - ZERO_BAND / 2);
    expect(axis.zeroTick?.label).toBe('0 (exact)');
    expect(axis.logEnd).toBe(200 - ZERO_BAND);
    expect(logAxis(null, 100, 0, 4).ticks.length).toBeGreaterThan(0);
  });
});

describe('the mean squared error of each iteration, in log₁₀', () => {
  it('matches the core’s mean squared error, and stays finite where it overflows', () => {
    const weights = Float64Array.from([0, 1, best, 1e200, -1e305]);
    const logs = mseLogs(weights, examples);
    for (const i of [0, 1, 2]) expect(logs[i]).toBeCloseTo(Math.log10(meanSquaredError(weights[i]!, examples)), 10);
    expect(Number.isFinite(logs[3])).toBe(true);
    expect(logs[4]).toBeGreaterThan(600);
    expect(Number.isFinite(logs[4])).toBe(true);
    expect(mseLogs(Float64Array.from([2]), [{ input: 1, goal: 2 }])[0]).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('the films chart', () => {
  it('puts the 20 films on logarithmic axes, with the best weight’s line at 45°', () => {
    const frame = filmsFrame(films, best, 640);
    expect(frame.kind).toBe('log');
    expect(frame.xTicks.map((t) => t.label)).toEqual(['0.1', '1', '10', '100']);
    expect(frame.yTicks.map((t) => t.label)).toEqual(['1', '10', '100', '1,000']);
    expect(frame.xLabel).toBe('Budget ($M, log scale)');
    const line = frame.bestLine!;
    // One decade across is one decade up: the slope in pixels is the ratio of the decades' sizes.
    const decadeX = (frame.xTicks[1]!.position - frame.xTicks[0]!.position);
    const decadeY = (frame.yTicks[0]!.position - frame.yTicks[1]!.position);
    expect((line.y1 - line.y2) / (line.x2 - line.x1)).toBeCloseTo(decadeY / decadeX, 6);
    expect(allFinite(frame.dotsPath)).toBe(true);
    expect(numbersIn(frame.dotsPath).length).toBeGreaterThan(20 * 4);
  });

  it('draws each film’s error from its dot to the line, and says where the line runs', () => {
    const frame = filmsFrame(films, best, 640);
    const moment = filmsMoment(frame, films, 1, best, null);
    expect(moment.errorsPath.match(/M/g)).toHaveLength(20);
    expect(allFinite(moment.errorsPath)).toBe(true);
    expect(moment.summary).toBe(
      'Films, gross against budget on logarithmic axes: 20 films, budgets from $0.2M to $50M. The model’s line, gross = 1 × budget, runs below 20 and above 0 of them; each film’s error is drawn from its dot to the line. The dashed line is the best single weight, 6.39382; no film sits on it.',
    );
    const learning = filmsMoment(frame, films, 6, best, 19);
    expect(learning.current?.lines).toEqual(['Moneyball', 'Budget $50M', 'Gross $111.3M', 'Predicted $300M']);
    expect(learning.summary).toMatch(/This update learns from Moneyball\.$/);
    expect(learning.pointNear(learning.current!.x + 1, learning.current!.y)?.lines[0]).toBe('Moneyball');
  });

  it('leaves the line out when the weight predicts nothing a log axis can show', () => {
    const frame = filmsFrame(films, best, 640);
    for (const weight of [0, -3, 1e-300, 1e300]) {
      const moment = filmsMoment(frame, films, weight, best, null);
      expect(moment.line).toBeNull();
      expect(allFinite(moment.errorsPath)).toBe(true);
      expect(moment.summary).toMatch(/is outside the chart/);
    }
    expect(filmsMoment(frame, films, 1e300, best, null).lineNote).toBe('Line above the chart: weight 1.0\u00a0×\u00a010³⁰⁰');
    expect(filmsMoment(frame, films, -3, best, null).lineNote).toBe('Line below the chart: weight −3');
    // A narrow chart keeps the note short enough to stay inside it.
    const narrow = filmsFrame(films, best, 280);
    expect(narrow.layout.innerWidth).toBeLessThan(300);
    expect(filmsMoment(narrow, films, 1e300, best, null).lineNote).toBe('Line above: weight 1.0\u00a0×\u00a010³⁰⁰');
  });

  it('uses linear axes from 0 for films that spread little, and a band for a gross of 0 on log axes', () => {
    const one = filmsFrame([{ title: 'Mad Max', budget: 0.2, gross: 99.75 }], 498.75, 480);
    expect(one.kind).toBe('linear');
    expect(one.xTicks[0]?.label).toBe('0');
    const flop = filmsFrame([...films, { title: 'Flop', budget: 3, gross: 0 }], best, 480);
    expect(flop.kind).toBe('log');
    expect(flop.yTicks[0]?.label).toBe('0');
    expect(flop.ys[20]).toBe(flop.yTicks[0]?.position);
    const tiny = filmsFrame([{ title: 'A', budget: 1e-6, gross: 1e15 }, { title: 'B', budget: 1e15, gross: 1e-6 }], 1e-9, 300);
    const moment = filmsMoment(tiny, [{ title: 'A', budget: 1e-6, gross: 1e15 }, { title: 'B', budget: 1e15, gross: 1e-6 }], 1e9, 1e-9, 1);
    expect(allFinite(tiny.dotsPath + moment.errorsPath + JSON.stringify(moment.line) + JSON.stringify(tiny.yTicks))).toBe(true);
  });
});

describe('the landscape of the mean squared error', () => {
  const run = trainMany({ examples, alpha: 0.001, startWeight: 1 }, { mode: 'batch' });
  const extents = prefixExtents(run.weights);

  it('spans the weights visited, the best weight, and a bowl twice as high as its floor', () => {
    const f = landscapeFilms();
    const domain = landscapeDomain(f, extents, 0);
    const reach = Math.sqrt(f.floor / f.meanSquare);
    expect(domain.min).toBeLessThan(best - reach);
    expect(domain.max).toBeGreaterThan(best + reach);
    expect(landscapeDomain(f, extents, run.length - 1)).toEqual(domain);
  });

  it('draws the total and, on demand, every film’s share, each as one Bézier', () => {
    const f = landscapeFilms();
    const plain = landscapeGeometry(f, run.weights, extents, 10, false, 640);
    expect(plain.curvePath).toMatch(/^M[^M]*Q[^M]*$/);
    expect(plain.filmsPath).toBe('');
    const withFilms = landscapeGeometry(f, run.weights, extents, 10, true, 640);
    expect(withFilms.filmsDrawn).toBe(20);
    expect((withFilms.filmsPath.match(/Q/g) ?? []).length).toBeGreaterThan(0);
    expect(allFinite(withFilms.filmsPath + withFilms.curvePath + withFilms.stepPath)).toBe(true);
    expect(withFilms.summary).toMatch(/^Mean squared error against weight: a parabola, lowest at the best weight 6\.39382, where it is 27,190, not 0\./);
    expect(withFilms.summary).toMatch(/20 parabolas, each lowest, at 0, at that film’s own best weight, and adding up to the mean\.$/);
    expect(withFilms.best?.label).toBe('best 6.394');
  });

  it('stays finite for a diverging run', () => {
    const diverging = trainMany({ examples, alpha: 0.02, startWeight: 1 }, { mode: 'batch' });
    const e = prefixExtents(diverging.weights);
    for (const index of [0, Math.floor(diverging.length / 2), diverging.length - 1]) {
      const g = landscapeGeometry(landscapeFilms(), diverging.weights, e, index, true, 320);
      expect(allFinite(g.curvePath + g.filmsPath + g.stepPath), `index ${index}`).toBe(true);
      expect(JSON.stringify({ ...g, pointNear: null }), `index ${index}`).not.toMatch(/NaN|Infinity|null,"y"/);
      expect(Number.isFinite(g.current.x) && Number.isFinite(g.current.y)).toBe(true);
    }
  });

  it('says where a weight beyond the axis is, and only then', () => {
    const diverging = trainMany({ examples, alpha: 0.05, startWeight: 1 }, { mode: 'batch' });
    const e = prefixExtents(diverging.weights);
    const last = diverging.length - 1;
    const end = landscapeGeometry(landscapeFilms(), diverging.weights, e, last, false, 320);
    const weight = diverging.weights[last] as number;
    expect(Math.abs(weight)).toBeGreaterThan(1e300);
    expect(end.note).toBe(weight > 0 ? `weight ${formatNumber(weight, 3)} →` : `← weight ${formatNumber(weight, 3)}`);
    expect(end.summary).toContain(`off the chart to the ${weight > 0 ? 'right' : 'left'}, and the mean squared error`);
    expect(end.current.x).toBe(weight > 0 ? end.layout.innerWidth : 0);
    const start = landscapeGeometry(landscapeFilms(), diverging.weights, e, 0, false, 320);
    expect(start.note).toBeNull();
    expect(start.summary).toContain('the weight is 1 and the mean squared error');
  });
});

describe('the mean squared error by iteration', () => {
  it('shows the lowest possible error as a dashed line', () => {
    const run = trainMany({ examples, alpha: 0.001, startWeight: 1 }, { mode: 'batch' });
    const logs = mseLogs(run.weights, examples);
    const floor = meanSquaredError(best, examples);
    const g = mseChartGeometry(run, logs, Math.log10(floor), thinRun(logs, run.length, 600), 640);
    expect(g.floor?.label).toBe('lowest possible 27,190');
    expect(g.zeroBandTop).toBeNull();
    expect(g.at(0).summary).toBe(
      `Mean squared error by iteration (log scale): ${run.length} iterations, stopping when the weight no longer changes; at iteration 0 it is 32,146; the lowest possible, at the best weight, is 27,190.`,
    );
    expect(allFinite(g.path)).toBe(true);
  });

  it('puts an error of exactly 0 in a band of its own', () => {
    const data = [{ input: 1, goal: 2 }, { input: 2, goal: 4 }];
    const run = trainMany({ examples: data, alpha: 0.4, startWeight: 0 }, { mode: 'batch' });
    expect(run.stop.kind).toBe('converged');
    const logs = mseLogs(run.weights, data);
    const g = mseChartGeometry(run, logs, Number.NEGATIVE_INFINITY, thinRun(logs, run.length, 300), 320);
    expect(g.floor).toBeNull();
    expect(g.zeroBandTop).not.toBeNull();
    expect(g.yTicks[0]?.label).toBe('0 (exact)');
    expect(g.at(run.length - 1).current.y).toBe(g.yTicks[0]?.position);
    expect(g.at(run.length - 1).current.lines[1]).toBe('Mean squared error 0');
  });
});
