import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, train, type Run } from '../../../src/core/index.ts';
import { errorChartGeometry } from '../../../src/charts/errorChartGeometry.ts';
import { errorExtent } from '../../../src/charts/errorExtent.ts';
import { landscapeAxes, landscapeExtent, landscapeGeometry } from '../../../src/charts/landscapeGeometry.ts';
import { seriesPath } from '../../../src/charts/seriesPath.ts';
import { thinRun } from '../../../src/charts/thinRun.ts';
import {
  weightChartAxes,
  weightChartExtent,
  weightChartGeometry as weightGeometryOf,
} from '../../../src/charts/weightChartGeometry.ts';
import { pathPoints } from './pathPoints.ts';

const withAlpha = (alpha: number, maxUpdates?: number): Run =>
  train({ ...ARTICLE_PARAMS, alpha }, maxUpdates === undefined ? {} : { maxUpdates });
const article = withAlpha(1e-11);
/** The geometries as the components compute them: the run thinned once at the chart's width. */
const weightChartGeometry = (run: Run, index: number, width: number) =>
  weightGeometryOf(run, thinRun(run.weights, run.length, width), index, width);
const errorGeometry = (run: Run, index: number, width: number) => {
  const kept = thinRun(run.weights, run.length, width, run.params);
  const base = errorChartGeometry(run, errorExtent(run, kept), kept, width);
  return { ...base, ...base.at(index) };
};

/** Every string and number a geometry holds, to look for NaN and Infinity. */
function allText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? String(v) : v));
}

describe('weightChartGeometry', () => {
  it("draws the article's target line at 498.75 and describes iteration 3", () => {
    const g = weightChartGeometry(article, 3, 640);
    expect(g.scale).toBe('linear');
    expect(g.target?.label).toBe('target 498.75');
    expect(g.summary).toBe(
      'Weight by iteration: 73 iterations, reaching the goal exactly; at iteration 3 the weight is 391.236; target 498.75.',
    );
    expect(g.current.lines).toEqual(['Iteration 3', 'Weight 391.236']);
    // The target sits above the current weight (y grows downwards).
    expect(g.target!.y).toBeLessThan(g.current.y);
  });

  it('draws the whole run as one line, split at the current iteration', () => {
    const g = weightChartGeometry(article, 3, 640);
    const points = pathPoints(g.path);
    expect(points).toHaveLength(73);
    expect(points[3]!.x).toBeCloseTo(g.current.x, 1);
    expect(points[3]!.y).toBeCloseTo(g.current.y, 1);
    expect(g.split).toBe(g.current.x);
    expect(points.at(-1)!.x).toBeCloseTo(g.layout.innerWidth, 1);
  });

  it('keeps the same line while the axis stays the same, so stepping only moves the split', () => {
    const a = weightChartGeometry(article, 20, 640);
    const b = weightChartGeometry(article, 40, 640);
    expect(b.path).toBe(a.path);
    expect(b.split).toBeGreaterThan(a.split);
  });

  it("stops a diverging run's future where it runs far off the chart", () => {
    const run = withAlpha(5.1e-11);
    const g = weightChartGeometry(run, 100, 640);
    const points = pathPoints(g.path);
    const last = points.at(-1)!;
    expect(last.x).toBeLessThan(g.layout.innerWidth / 4);
    expect(last.y < -g.layout.innerHeight || last.y > 2 * g.layout.innerHeight).toBe(true);
  });

  it('keeps the weights seen so far readable as a diverging run is stepped through', () => {
    const run = withAlpha(5.1e-11);
    expect(weightChartGeometry(run, 2, 640).scale).toBe('linear');
    const late = weightChartGeometry(run, run.length - 1, 640);
    expect(late.scale).toBe('symlog');
    expect(late.yLabel).toBe('Weight (signed-log scale)');
    expect(late.summary).toMatch(/^Weight by iteration \(signed-log scale\): 17,318 iterations/);
  });

  it('draws at most four points a pixel column, however long the run', () => {
    const run = withAlpha(1e-15, 99_999);
    const g = weightChartGeometry(run, 50_000, 640);
    expect(pathPoints(g.path).length).toBeLessThanOrEqual(4 * (640 + 1));
  });

  it('has no target without an ideal weight (input 0)', () => {
    const run = train({ input: 0, goal: 5, alpha: 0.1, startWeight: 1 }, { maxUpdates: 10 });
    const g = weightChartGeometry(run, 0, 640);
    expect(g.target).toBeNull();
    expect(allText(g)).not.toMatch(/NaN|Infinity/);
  });
});

describe('errorChartGeometry', () => {
  it('puts the article run’s exact zero in its band at the last iteration', () => {
    const g = errorGeometry(article, 72, 640);
    expect(g.zero).not.toBeNull();
    expect(g.zeroReached).toBe(true);
    expect(g.zero!.x).toBeCloseTo(g.layout.innerWidth, 1);
    expect(g.zero!.y).toBeGreaterThan(g.logBottom);
    expect(g.current.y).toBe(g.zero!.y);
    expect(g.current.lines).toEqual(['Iteration 72', 'Error 0 (exact)']);
    expect(g.summary).toMatch(/at iteration 72 the error is exactly 0\.$/);
    expect(g.yTicks.map((t) => t.label)).toContain('0 (exact)');
  });

  it('shows the zero as still to come before the last iteration', () => {
    const g = errorGeometry(article, 3, 640);
    expect(g.zeroReached).toBe(false);
    expect(g.summary).toMatch(/at iteration 3 the error is 4\.62\u00a0×\u00a010¹⁴\.$/);
  });

  it('places errors beyond a double', () => {
    const run = withAlpha(5.1e-11);
    const g = errorGeometry(run, run.length - 1, 640);
    expect(g.zero).toBeNull();
    expect(g.current.y).toBeGreaterThanOrEqual(0);
    expect(g.current.y).toBeLessThan(20);
    expect(g.current.lines[1]).toMatch(/^Error 8\.\d+\u00a0×\u00a010⁶⁰⁵$/);
  });
});

describe('landscapeGeometry', () => {
  it('zig-zags across the ideal weight for alpha 3.5e-11', () => {
    const run = withAlpha(3.5e-11);
    const g = landscapeGeometry(run, 8, 640);
    const idealX = g.ideal!.x;
    const sides = pathPoints(g.stepPath).map((p) => Math.sign(p.x - idealX));
    expect(sides).toEqual([-1, 1, -1, 1, -1, 1, -1, 1, -1]);
  });

  it('has the current point on the parabola, at the bottom for the ideal weight', () => {
    const g = landscapeGeometry(article, 72, 640);
    expect(g.current.x).toBeCloseTo(g.ideal!.x, 5);
    expect(g.current.y).toBeCloseTo(g.layout.innerHeight, 5);
    expect(g.tangent.angle).toBeCloseTo(0, 10);
    expect(g.summary).toMatch(/the error exactly 0 and the tangent's slope \(2 × delta × input\) 0;/);
  });

  it('tilts the tangent down towards the valley', () => {
    // At iteration 0 the weight is left of the ideal: the error falls to the right.
    const g = landscapeGeometry(article, 0, 640);
    expect(g.tangent.y2).toBeGreaterThan(g.tangent.y1);
    expect(g.tangent.x2).toBeGreaterThan(g.tangent.x1);
    expect(g.current.lines[3]).toBe('Slope −3.98\u00a0×\u00a010¹³');
  });

  it('draws at most the last 200 steps', () => {
    const run = withAlpha(5.1e-11);
    const g = landscapeGeometry(run, run.length - 1, 640);
    expect(g.steps).toHaveLength(201);
    expect(pathPoints(g.stepPath)).toHaveLength(201);
    const dots = pathPoints(g.stepDots);
    expect(dots.length).toBeGreaterThan(1);
    expect(dots.length).toBeLessThanOrEqual(201);
    expect(new Set(dots.map((p) => `${String(p.x)},${String(p.y)}`))).toEqual(
      new Set(pathPoints(g.stepPath).map((p) => `${String(p.x)},${String(p.y)}`)),
    );
  });

  it('finds the step nearest to the pointer', () => {
    const g = landscapeGeometry(article, 5, 640);
    expect(g.pointNear(0, 0)?.index).toBe(0);
    expect(g.pointNear(g.current.x, g.current.y)?.index).toBe(5);
  });
});

describe('no NaN or Infinity, whatever the run', () => {
  const runs: [string, Run][] = [
    ['article', article],
    ['alpha 5.1e-11 (overflows after 17,318 iterations)', withAlpha(5.1e-11)],
    ['alpha 1 (overflows after 29 iterations)', withAlpha(1)],
    ['alpha 3.5e-11 (cycles)', withAlpha(3.5e-11)],
    ['alpha 2.5e-11 (one step)', withAlpha(2.5e-11)],
    ['alpha 0 (never moves)', train({ ...ARTICLE_PARAMS, alpha: 0 }, { maxUpdates: 5 })],
    ['start at the ideal weight', train({ ...ARTICLE_PARAMS, startWeight: 498.75 })],
    ['input 0', train({ input: 0, goal: 5, alpha: 0.1, startWeight: 1 }, { maxUpdates: 10 })],
    ['tiny input, huge weights', train({ input: 1e-300, goal: 1, alpha: 1e300, startWeight: 1e300 }, { maxUpdates: 50 })],
  ];
  for (const [name, run] of runs) {
    it(name, () => {
      const last = run.length - 1;
      for (const index of new Set([0, 1, 2, Math.floor(last / 2), last - 1, last])) {
        if (index < 0 || index > last) continue;
        for (const width of [320, 900]) {
          const all = [
            weightChartGeometry(run, index, width),
            errorGeometry(run, index, width),
            landscapeGeometry(run, index, width),
          ];
          for (const g of all) {
            expect(allText(g)).not.toMatch(/NaN|Infinity/);
            const hover = g.pointNear(g.layout.innerWidth / 3, 10);
            expect(allText(hover)).not.toMatch(/NaN|Infinity/);
          }
        }
      }
    });
  }
});

describe('axes kept while their extent stays the same', () => {
  /** A geometry as data: its functions asked at a few points of the plot. */
  const asData = (g: { readonly pointNear: (px: number, py: number) => unknown }) =>
    allText({ ...g, pointNear: [10, 100, 300].map((px) => g.pointNear(px, 40)) });

  // The charts keep their axes from step to step while the extent stays the same, and the
  // weight chart's line remembers the last count of points it drew: stepping through a run that
  // way must draw exactly what computing each step from scratch draws.
  it('stepping forward then back through a run draws what each step computed afresh draws', () => {
    let steps = 0;
    let kepts = 0;
    fc.assert(
      fc.property(
        fc.double({ min: -12, max: -9.9, noNaN: true }),
        fc.double({ min: -2000, max: 3000, noNaN: true }),
        fc.integer({ min: 240, max: 1200 }),
        (logAlpha, startWeight, width) => {
          const run = train({ ...ARTICLE_PARAMS, alpha: 10 ** logAlpha, startWeight }, { maxUpdates: 80 });
          const kept = thinRun(run.weights, run.length, width);
          const last = run.length - 1;
          const order = [...Array.from({ length: last + 1 }, (_, i) => i), ...Array.from({ length: last + 1 }, (_, i) => last - i)];
          let weightKey = '';
          let weightAxes = weightChartAxes(run, kept, weightChartExtent(run, 0), width);
          let landKey = '';
          let landAxes = landscapeAxes(run, landscapeExtent(run, 0), width);
          for (const index of order) {
            const we = weightChartExtent(run, index);
            if (`${we.min} ${we.max}` !== weightKey) {
              weightKey = `${we.min} ${we.max}`;
              weightAxes = weightChartAxes(run, kept, we, width);
            } else kepts += 1;
            steps += 1;
            expect(asData(weightGeometryOf(run, kept, index, width, undefined, weightAxes))).toBe(
              asData(weightGeometryOf(run, kept, index, width)),
            );
            const le = landscapeExtent(run, index);
            if (`${le.min} ${le.max}` !== landKey) {
              landKey = `${le.min} ${le.max}`;
              landAxes = landscapeAxes(run, le, width);
            }
            expect(asData(landscapeGeometry(run, index, width, undefined, landAxes))).toBe(
              asData(landscapeGeometry(run, index, width)),
            );
          }
        },
      ),
      { numRuns: 25 },
    );
    // Diverging runs reach a new extent at every step, and the draws decide how many there are;
    // over all the runs, a good share of steps kept the axes, so the comparison is not vacuous.
    expect(kepts).toBeGreaterThan(steps / 5);
  }, 20_000);
});

describe('weightChartAxes.pathThrough', () => {
  it('draws the line through as many kept points as asked, whatever it drew before', () => {
    const kept = thinRun(article.weights, article.length, 640);
    const axes = weightChartAxes(article, kept, weightChartExtent(article, 72), 640);
    const through = (count: number) =>
      seriesPath(kept.slice(0, count), axes.x.x, (i) => axes.y.y(article.weights[i] ?? Number.NaN), axes.layout.innerWidth, axes.layout.innerHeight);
    for (const count of [3, 3, 10, 3, kept.length, 10]) {
      expect(axes.pathThrough(count)).toBe(through(count));
    }
    expect(through(3)).not.toBe(through(10));
  });
});

describe('axis ticks', () => {
  it('never repeat a label on one axis, since the axes key their ticks by label', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -16, max: -9, noNaN: true }),
        fc.double({ min: -2000, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 200, max: 1200 }),
        (logAlpha, startWeight, at, width) => {
          const run = train({ ...ARTICLE_PARAMS, alpha: 10 ** logAlpha, startWeight }, { maxUpdates: 20_000 });
          const index = Math.floor(at * (run.length - 1));
          for (const g of [weightChartGeometry(run, index, width), errorGeometry(run, index, width), landscapeGeometry(run, index, width)]) {
            for (const ticks of [g.xTicks, g.yTicks]) {
              const labels = ticks.map((t) => t.label);
              expect(new Set(labels).size).toBe(labels.length);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
