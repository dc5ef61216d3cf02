import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filmExamples } from '../../src/core/films.ts';
import {
  ExamplesParamsError,
  bestWeight,
  checkManyParams,
  finalWeightMany,
  iterationManyAt,
  meanInputSquare,
  meanSquaredError,
  meanWeightDelta,
  regimeOfMany,
  trainMany,
  updatesMadeMany,
  type ManyOptions,
  type ManyParams,
  type ManyRun,
} from '../../src/core/many.ts';
import { compare, learn, predict, type Example } from '../../src/core/model.ts';
import { ARTICLE_PARAMS } from '../../src/core/params.ts';
import { regimeOf } from '../../src/core/regime.ts';
import { train } from '../../src/core/train.ts';

// Unless a test says otherwise, the films are examples in millions of dollars: input = budget / 1e6,
// goal = worldwide gross / 1e6. Then mean(input²) ≈ 170, so the batch edge of stability
// 2 / mean(input²) is about 0.0117 and alpha 0.005 is comfortably inside it.
const films = filmExamples();
const best = bestWeight(films)!;
const weightsOf = (run: ManyRun): number[] => Array.from(run.weights);
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const batch: ManyOptions = { mode: 'batch' };

describe('the error over many examples', () => {
  it('meanSquaredError is the mean of (input × weight − goal)² over the examples', () => {
    const examples: Example[] = [
      { input: 1, goal: 2 },
      { input: 2, goal: 2 },
      { input: 3, goal: 9 },
    ];
    // deltas at weight 1: −1, 0, −6  →  (1 + 0 + 36) / 3
    expect(meanSquaredError(1, examples)).toBe(37 / 3);
    // weightDeltas at weight 1: −1·1, 0·2, −6·3  →  −19 / 3
    expect(meanWeightDelta(1, examples)).toBe(-19 / 3);
  });

  it('bestWeight is Σ input·goal / Σ input² (least squares through the origin): about 6.39 for the films', () => {
    const sxy = films.reduce((s, e) => s + e.input * e.goal, 0);
    const sxx = films.reduce((s, e) => s + e.input * e.input, 0);
    expect(relative(best, sxy / sxx)).toBeLessThan(1e-14);
    expect(best).toBeCloseTo(6.3938, 4);
  });

  it('bestWeight does not depend on the unit: dollars give the same weight as millions', () => {
    expect(relative(bestWeight(filmExamples(undefined, 1))!, best)).toBeLessThan(1e-14);
  });

  it("bestWeight for one example is the article's goal / input = 498.75", () => {
    expect(bestWeight([{ input: 200_000, goal: 99_750_000 }])).toBe(498.75);
  });

  it('bestWeight is null when every input is 0 (every weight fits equally badly) or there are no examples', () => {
    expect(bestWeight([{ input: 0, goal: 5 }, { input: 0, goal: -1 }])).toBeNull();
    expect(bestWeight([])).toBeNull();
  });

  it('bestWeight survives inputs whose squares overflow or underflow a double', () => {
    expect(bestWeight([{ input: 1e200, goal: 3e200 }, { input: 2e200, goal: 6e200 }])).toBeCloseTo(3, 12);
    expect(bestWeight([{ input: 1e-200, goal: 3e-200 }, { input: 2e-200, goal: 6e-200 }])).toBeCloseTo(3, 12);
  });

  it('the MSE at bestWeight is below the MSE at every nearby weight, on both sides', () => {
    const lowest = meanSquaredError(best, films);
    for (const step of [1e-6, 1e-3, 0.1, 1, 10]) {
      expect(meanSquaredError(best + step, films)).toBeGreaterThan(lowest);
      expect(meanSquaredError(best - step, films)).toBeGreaterThan(lowest);
    }
  });

  it('meanWeightDelta equals mean(input²) · (weight − bestWeight): zero at the best weight, to rounding', () => {
    const m = meanInputSquare(films);
    for (const weight of [-3, 0, 1, best, 10, 100]) {
      expect(meanWeightDelta(weight, films)).toBeCloseTo(m * (weight - best), 8);
    }
    expect(Math.abs(meanWeightDelta(best, films))).toBeLessThan(1e-9);
  });

  it('meanSquaredError gives Infinity, never NaN, when the squares overflow; empty lists are refused', () => {
    expect(meanSquaredError(1e300, [{ input: 1e10, goal: 0 }])).toBe(Infinity);
    expect(() => meanSquaredError(1, [])).toThrow(RangeError);
  });
});

describe('the batch regime: r = 1 − alpha · mean(input²)', () => {
  const m = meanInputSquare(films);

  it('gives the one-step alpha 1/mean(input²) and the edge 2/mean(input²) (about 0.00587 and 0.0117 for the films)', () => {
    const regime = regimeOfMany(0.005, films);
    expect(regime.r).toBe(1 - 0.005 * m);
    expect(regime.oneStepAlpha).toBe(1 / m);
    expect(regime.edgeAlpha).toBe(2 / m);
    expect(regime.oneStepAlpha).toBeCloseTo(0.00587, 5);
    expect(regime.edgeAlpha).toBeCloseTo(0.01174, 5);
  });

  it.each([
    [-0.001, 'moving-away'],
    [0, 'not-learning'],
    [0.00001, 'creeping'],
    [0.001, 'smooth'],
    [0.009, 'oscillating'],
    [0.02, 'diverging'],
  ] as const)('alpha %d is %s', (alpha, kind) => {
    expect(regimeOfMany(alpha, films).kind).toBe(kind);
  });

  it('calls the one-step alpha one-step and the edge bouncing', () => {
    expect(regimeOfMany(1 / m, films).kind).toBe('one-step');
    expect(regimeOfMany(2 / m, films).kind).toBe('bouncing');
  });

  it("is the article's regime for one example", () => {
    for (const alpha of [1e-12, 1e-11, 2.5e-11, 3.5e-11, 5e-11, 6e-11]) {
      const many = regimeOfMany(alpha, [ARTICLE_PARAMS]);
      const one = regimeOf(alpha, ARTICLE_PARAMS.input);
      expect(many).toEqual(one);
    }
  });

  it('has no one-step or edge alpha when every input is 0', () => {
    expect(regimeOfMany(0.1, [{ input: 0, goal: 1 }])).toMatchObject({ kind: 'not-learning', oneStepAlpha: null, edgeAlpha: null });
  });
});

describe('batch gradient descent on the films', () => {
  it('converges to bestWeight at alpha 0.005 (millions of dollars), within a few units in the last place', () => {
    const run = trainMany({ examples: films, alpha: 0.005, startWeight: 1 }, batch);
    expect(['converged', 'stalled', 'cycle']).toContain(run.stop.kind);
    expect(updatesMadeMany(run)).toBeLessThan(100);
    expect(relative(finalWeightMany(run), best)).toBeLessThan(1e-14);
  });

  it('shrinks the gap to bestWeight by r = 1 − alpha · mean(input²) every update', () => {
    const alpha = 0.003;
    const { r } = regimeOfMany(alpha, films);
    const run = trainMany({ examples: films, alpha, startWeight: 0 }, batch);
    for (let i = 0; i < 5; i += 1) {
      const ratio = (run.weights[i + 1]! - best) / (run.weights[i]! - best);
      expect(ratio).toBeCloseTo(r, 9);
    }
  });

  it('lands on bestWeight in one update at alpha = 1 / mean(input²)', () => {
    const run = trainMany({ examples: films, alpha: regimeOfMany(0, films).oneStepAlpha!, startWeight: -40 }, batch);
    expect(relative(run.weights[1]!, best)).toBeLessThan(1e-13);
  });

  it("makes each update with the average of the examples' own weightDeltas, as predict, compare and learn compute them", () => {
    const alpha = 0.004;
    const run = trainMany({ examples: films, alpha, startWeight: 2 }, batch);
    for (let i = 0; i < 6; i += 1) {
      const weight = run.weights[i]!;
      let sum = 0;
      for (const { input, goal } of films) sum += learn(weight, compare(predict(input, weight), goal).delta, input, alpha).weightDelta;
      const mean = sum / films.length;
      expect(iterationManyAt(run, i).meanWeightDelta).toBe(mean);
      expect(run.weights[i + 1]).toBe(weight - mean * alpha);
    }
  });

  it('bounces between two weights at the edge alpha 2 / mean(input²), and says it cycles', () => {
    const run = trainMany({ examples: films, alpha: regimeOfMany(0, films).edgeAlpha!, startWeight: 1 }, batch);
    expect(run.stop).toMatchObject({ kind: 'cycle', period: 2 });
    const [a, b] = weightsOf(run).slice(-2) as [number, number];
    expect((a + b) / 2).toBeCloseTo(best, 9);
  });

  it('diverges above the edge (alpha 0.012) and stops before any non-finite value', () => {
    const run = trainMany({ examples: films, alpha: 0.012, startWeight: 1 }, batch);
    expect(run.stop).toMatchObject({ kind: 'diverged', overflowed: 'update', iteration: run.length - 1 });
    expect(run.weights.every(Number.isFinite)).toBe(true);
    const last = iterationManyAt(run, run.length - 1);
    expect(last.newWeight).toBeNull();
    expect(Math.abs(last.weight)).toBeGreaterThan(1e300);
    expect(iterationManyAt(run, run.length - 2).newWeight).toBe(last.weight);
  });

  it('stops at the first weight whose |meanWeightDelta| is within the tolerance', () => {
    const run = trainMany({ examples: films, alpha: 0.002, startWeight: 0 }, { mode: 'batch', tolerance: 0.5 });
    expect(run.stop).toEqual({ kind: 'tolerance', tolerance: 0.5 });
    expect(Math.abs(iterationManyAt(run, run.length - 1).meanWeightDelta!)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(iterationManyAt(run, run.length - 2).meanWeightDelta!)).toBeGreaterThan(0.5);
  });

  it('stops at the cap after exactly maxUpdates updates', () => {
    const run = trainMany({ examples: films, alpha: 1e-6, startWeight: 0 }, { mode: 'batch', maxUpdates: 7 });
    expect(run.stop).toEqual({ kind: 'cap', maxUpdates: 7 });
    expect(run.length).toBe(8);
    expect(updatesMadeMany(run)).toBe(7);
  });

  it('says it converged when the data fit a line through the origin exactly and the mean weightDelta reaches 0', () => {
    const exact: Example[] = [
      { input: 1, goal: 3 },
      { input: 2, goal: 6 },
      { input: 4, goal: 12 },
    ];
    expect(trainMany({ examples: exact, alpha: 0.1, startWeight: 3 }, batch)).toMatchObject({ stop: { kind: 'converged' }, length: 1 });
    const run = trainMany({ examples: exact, alpha: 1 / meanInputSquare(exact), startWeight: 0 }, batch);
    expect(run.stop.kind).toBe('converged');
    expect(finalWeightMany(run)).toBe(3);
  });

  it('learns nothing when every input is 0, and says the weight stalled rather than converged', () => {
    const run = trainMany({ examples: [{ input: 0, goal: 4 }, { input: 0, goal: 5 }], alpha: 0.1, startWeight: 2 }, batch);
    expect(run.stop).toEqual({ kind: 'stalled' });
    expect(weightsOf(run)).toEqual([2]);
  });
});

describe("one example is the article's lesson", () => {
  const article: ManyParams = { examples: [ARTICLE_PARAMS], alpha: ARTICLE_PARAMS.alpha, startWeight: ARTICLE_PARAMS.startWeight };

  it.each(['batch', 'stochastic'] as const)("a %s run goes through the article's 73 weights and converges at 498.75", (mode) => {
    const run = trainMany(article, { mode });
    expect(weightsOf(run)).toEqual(Array.from(train(ARTICLE_PARAMS).weights));
    expect(run.stop).toEqual({ kind: 'converged' });
    expect(finalWeightMany(run)).toBe(498.75);
  });

  it('matches train weight for weight and stop for stop at any moderate setting', () => {
    // Moderate: every magnitude between 1e-3 and 1e9, so no weightDelta underflows to 0 while its
    // delta is not 0 (then trainMany stops as converged where train still makes no-op updates).
    const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    const moderate = (max: number) => fc.oneof(finite(1e-3, max), finite(-max, -1e-3));
    const kindOf: Record<string, string> = { exact: 'converged' };
    fc.assert(
      fc.property(
        moderate(1e6),
        moderate(1e9),
        fc.oneof(finite(-1e-9, 1e-9), finite(-3, 3), finite(0, 1e-10)),
        fc.oneof(moderate(1e4), fc.constant(0)),
        fc.constantFrom('batch' as const, 'stochastic' as const),
        (input, goal, alpha, startWeight, mode) => {
          const one = train({ input, goal, alpha, startWeight }, { maxUpdates: 3_000 });
          const many = trainMany({ examples: [{ input, goal }], alpha, startWeight }, { mode, maxUpdates: 3_000 });
          expect(weightsOf(many)).toEqual(Array.from(one.weights));
          expect(many.stop.kind).toBe(kindOf[one.stop.kind] ?? one.stop.kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('stochastic gradient descent', () => {
  const n = films.length;

  it('visits the examples 0, 1, …, n − 1 every epoch when in order', () => {
    const run = trainMany({ examples: films, alpha: 1e-5, startWeight: 0 }, { mode: 'stochastic', maxUpdates: 3 * n });
    expect(Array.from(run.examplesUsed!)).toEqual(Array.from({ length: 3 * n + 1 }, (_, i) => i % n));
  });

  it('makes each update from one example: weight − (input · weight − goal) · input · alpha', () => {
    const alpha = 1e-4;
    const run = trainMany({ examples: films, alpha, startWeight: 1 }, { mode: 'stochastic', order: 'shuffled', seed: 9, maxUpdates: 50 });
    for (let i = 0; i < run.length - 1; i += 1) {
      const it = iterationManyAt(run, i);
      const { input, goal } = films[it.example!.index]!;
      const delta = compare(predict(input, it.weight), goal).delta;
      expect(it.example).toEqual({ index: run.examplesUsed![i], prediction: predict(input, it.weight), delta });
      expect(run.weights[i + 1]).toBe(learn(it.weight, delta, input, alpha).newWeight);
    }
  });

  it('shuffled, visits every example exactly once per epoch, in a new order each epoch', () => {
    const run = trainMany({ examples: films, alpha: 1e-5, startWeight: 0 }, { mode: 'stochastic', order: 'shuffled', seed: 42, maxUpdates: 5 * n });
    const used = Array.from(run.examplesUsed!);
    const epochs = [0, 1, 2, 3, 4].map((e) => used.slice(e * n, (e + 1) * n));
    for (const epoch of epochs) expect([...epoch].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(new Set(epochs.map((epoch) => epoch.join(','))).size).toBe(5);
  });

  it('gives the identical run for the same seed, and a different order for a different seed', () => {
    const params: ManyParams = { examples: films, alpha: 1e-4, startWeight: 0 };
    const options = { mode: 'stochastic', order: 'shuffled', maxUpdates: 2_000 } as const;
    const a = trainMany(params, { ...options, seed: 7 });
    const b = trainMany(params, { ...options, seed: 7 });
    const c = trainMany(params, { ...options, seed: 8 });
    expect(weightsOf(b)).toEqual(weightsOf(a));
    expect(Array.from(b.examplesUsed!)).toEqual(Array.from(a.examplesUsed!));
    expect(Array.from(c.examplesUsed!.slice(0, n))).not.toEqual(Array.from(a.examplesUsed!.slice(0, n)));
    expect(weightsOf(c)).not.toEqual(weightsOf(a));
  });

  it('ignores the seed when visiting in order', () => {
    const params: ManyParams = { examples: films, alpha: 1e-4, startWeight: 0 };
    const a = trainMany(params, { mode: 'stochastic', seed: 1 });
    const b = trainMany(params, { mode: 'stochastic', seed: 99 });
    expect(weightsOf(b)).toEqual(weightsOf(a));
  });

  it('in order, settles into a cycle of whole epochs near the best weight, and says so', () => {
    const run = trainMany({ examples: films, alpha: 1e-4, startWeight: 0 }, { mode: 'stochastic' });
    expect(run.stop.kind).toBe('cycle');
    if (run.stop.kind !== 'cycle') return;
    const { period, start } = run.stop;
    expect(period % n).toBe(0);
    expect(start + period).toBe(run.length);
    // The update after the last recorded one leads back to where the cycle starts.
    expect(iterationManyAt(run, run.length - 1).newWeight).toBe(run.weights[start]);
    // Each example pulls the weight towards its own goal / input, so within an epoch the weight
    // swings (the $50M Moneyball pulls hardest), but the error stays within 1% of the least.
    const lowest = meanSquaredError(best, films);
    for (const weight of run.weights.slice(start)) {
      expect(relative(weight, best)).toBeLessThan(0.2);
      expect(meanSquaredError(weight, films)).toBeLessThan(lowest * 1.01);
    }
  });

  it('shuffled at a small alpha, hovers near the best weight until the cap, its error within 0.1% of the least', () => {
    const lowest = meanSquaredError(best, films);
    for (const seed of [1, 2, 3]) {
      const run = trainMany({ examples: films, alpha: 1e-5, startWeight: 0 }, { mode: 'stochastic', order: 'shuffled', seed });
      expect(run.stop).toEqual({ kind: 'cap', maxUpdates: 20_000 });
      for (const weight of run.weights.slice(-2_000)) {
        expect(relative(weight, best)).toBeLessThan(0.05);
        expect(meanSquaredError(weight, films)).toBeLessThan(lowest * 1.001);
      }
    }
  });

  it('checks the tolerance at the start of each epoch, against the mean weightDelta over all examples', () => {
    const run = trainMany({ examples: films, alpha: 1e-4, startWeight: 0 }, { mode: 'stochastic', order: 'shuffled', tolerance: 5 });
    expect(run.stop).toEqual({ kind: 'tolerance', tolerance: 5 });
    expect((run.length - 1) % n).toBe(0);
    expect(Math.abs(iterationManyAt(run, run.length - 1).meanWeightDelta!)).toBeLessThanOrEqual(5);
    expect(Math.abs(iterationManyAt(run, run.length - 1 - n).meanWeightDelta!)).toBeGreaterThan(5);
  });

  it('stalls when a whole epoch leaves the weight unchanged (alpha 0)', () => {
    const run = trainMany({ examples: films, alpha: 0, startWeight: 3 }, { mode: 'stochastic', order: 'shuffled' });
    expect(run.stop).toEqual({ kind: 'stalled' });
    expect(run.length).toBe(n);
    expect(run.weights.every((w) => w === 3)).toBe(true);
  });

  it('diverges when one example overshoots too far (alpha 0.05 > 2 / largest input²) without keeping non-finite values', () => {
    for (const order of ['in-order', 'shuffled'] as const) {
      const run = trainMany({ examples: films, alpha: 0.05, startWeight: 1 }, { mode: 'stochastic', order });
      expect(run.stop.kind).toBe('diverged');
      expect(run.weights.every(Number.isFinite)).toBe(true);
      expect(iterationManyAt(run, run.length - 1).newWeight).toBeNull();
    }
  });
});

describe('iterationManyAt', () => {
  it.each([
    ['batch', { mode: 'batch' }],
    ['stochastic in order', { mode: 'stochastic' }],
    ['stochastic shuffled', { mode: 'stochastic', order: 'shuffled', seed: 5 }],
  ] as const)('recomputes every %s iteration bit for bit, each newWeight the next weight', (_, options) => {
    const run = trainMany({ examples: films, alpha: 1e-4, startWeight: 0 }, { ...options, maxUpdates: 300 });
    for (let i = 0; i < run.length - 1; i += 1) {
      const it = iterationManyAt(run, i);
      expect(it.index).toBe(i);
      expect(it.weight).toBe(run.weights[i]);
      expect(it.newWeight).toBe(run.weights[i + 1]);
      expect(it.meanSquaredError).toBe(meanSquaredError(it.weight, films));
      expect(it.meanWeightDelta).toBe(meanWeightDelta(it.weight, films));
      if (options.mode === 'batch') {
        expect(it.example).toBeNull();
        expect(it.weightDelta).toBe(it.meanWeightDelta);
      }
    }
  });

  it('gives null for an error too large for a double instead of Infinity', () => {
    const run = trainMany({ examples: films, alpha: 0.012, startWeight: 1 }, batch);
    expect(iterationManyAt(run, run.length - 1).meanSquaredError).toBeNull();
  });

  it('refuses an index outside the run', () => {
    const run = trainMany({ examples: films, alpha: 0.005, startWeight: 1 }, batch);
    expect(() => iterationManyAt(run, run.length)).toThrow(RangeError);
    expect(() => iterationManyAt(run, -1)).toThrow(RangeError);
    expect(() => iterationManyAt(run, 0.5)).toThrow(RangeError);
  });
});

describe('settings that cannot make a run', () => {
  const good: ManyParams = { examples: films, alpha: 0.005, startWeight: 1 };
  const problemsOf = (params: ManyParams, options: ManyOptions = batch): string[] => {
    try {
      trainMany(params, options);
    } catch (error) {
      expect(error).toBeInstanceOf(ExamplesParamsError);
      return (error as ExamplesParamsError).problems.map((p) => p.key);
    }
    return [];
  };

  it('rejects NaN and ±Infinity anywhere, naming each setting and example', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(problemsOf({ ...good, alpha: bad })).toEqual(['alpha']);
      expect(problemsOf({ ...good, startWeight: bad })).toEqual(['startWeight']);
      expect(problemsOf({ ...good, examples: [{ input: bad, goal: 1 }, { input: 1, goal: bad }] })).toEqual(['examples', 'examples']);
    }
    const problems = checkManyParams({ examples: [{ input: 1, goal: 1 }, { input: NaN, goal: 1 }], alpha: 1, startWeight: 1 });
    expect(problems).toEqual([{ key: 'examples', message: 'Example 2: its input must be a number.' }]);
  });

  it('rejects an empty list of examples, and values that are not numbers at all', () => {
    expect(problemsOf({ ...good, examples: [] })).toEqual(['examples']);
    expect(checkManyParams({ examples: 'films', alpha: '0.1', startWeight: null }).map((p) => p.key)).toEqual([
      'examples',
      'alpha',
      'startWeight',
    ]);
  });

  it('rejects a first prediction too large for a double', () => {
    expect(problemsOf({ examples: [{ input: 1e300, goal: 0 }], alpha: 0.1, startWeight: 1e10 })).toEqual(['startWeight']);
  });

  it('rejects unknown modes and orders, bad seeds, tolerances and caps', () => {
    expect(problemsOf(good, { mode: 'minibatch' as 'batch' })).toEqual(['mode']);
    expect(problemsOf(good, { mode: 'stochastic', order: 'random' as 'shuffled' })).toEqual(['order']);
    for (const seed of [-1, 1.5, 2 ** 32, NaN]) expect(problemsOf(good, { mode: 'stochastic', seed })).toEqual(['seed']);
    expect(problemsOf(good, { mode: 'batch', tolerance: -1 })).toEqual(['tolerance']);
    expect(problemsOf(good, { mode: 'batch', maxUpdates: 0 })).toEqual(['maxUpdates']);
    expect(problemsOf(good, { mode: 'batch', maxUpdates: 2_000_000 })).toEqual(['maxUpdates']);
  });
});

describe('properties of every run over many examples', () => {
  const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
  const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const example = fc.record({
    input: fc.oneof(finite(-100, 100), finite(-1e6, 1e6), anyDouble, fc.constant(0)),
    goal: fc.oneof(finite(-1e4, 1e4), finite(-1e9, 1e9), anyDouble),
  });
  const params = fc.record({
    examples: fc.array(example, { minLength: 1, maxLength: 8 }),
    alpha: fc.oneof(finite(-1e-3, 1e-3), finite(-10, 10), anyDouble, fc.constant(0)),
    startWeight: fc.oneof(finite(-1e4, 1e4), anyDouble),
  });
  const options = fc.record({
    mode: fc.constantFrom('batch' as const, 'stochastic' as const),
    order: fc.constantFrom('in-order' as const, 'shuffled' as const),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    maxUpdates: fc.integer({ min: 1, max: 3_000 }),
    tolerance: fc.oneof(fc.constant(0), finite(0, 1e3)),
  });

  it('ends within the cap for any finite settings, keeping only finite weights and valid example indices', () => {
    fc.assert(
      fc.property(params, options, (p, o) => {
        let run: ManyRun;
        try {
          run = trainMany(p, o);
        } catch (error) {
          // Only a first prediction too large for a double may be refused.
          expect(error).toBeInstanceOf(ExamplesParamsError);
          expect((error as ExamplesParamsError).problems.map((q) => q.key)).toEqual(['startWeight']);
          expect(p.examples.some((e) => !Number.isFinite(e.input * p.startWeight - e.goal))).toBe(true);
          return;
        }
        expect(run.length).toBeGreaterThanOrEqual(1);
        expect(run.weights).toHaveLength(run.length);
        expect(updatesMadeMany(run)).toBeLessThanOrEqual(o.maxUpdates);
        expect(run.weights.every(Number.isFinite)).toBe(true);
        if (o.mode === 'stochastic') {
          expect(run.examplesUsed).toHaveLength(run.length);
          expect(run.examplesUsed!.every((k) => k < p.examples.length)).toBe(true);
        }
        const last = iterationManyAt(run, run.length - 1);
        expect(Number.isFinite(last.weight)).toBe(true);
        if (run.stop.kind !== 'diverged' && run.stop.kind !== 'cycle' && run.length > 1) {
          expect(iterationManyAt(run, run.length - 2).newWeight).toBe(last.weight);
        }
      }),
      { numRuns: 400 },
    );
  });
});
