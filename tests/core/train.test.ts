import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_PARAMS,
  DEFAULT_MAX_UPDATES,
  TrainingParamsError,
  compare,
  finalWeight,
  iterationAt,
  learn,
  predict,
  train,
  updatesMade,
  type Run,
  type TrainingParams,
} from '../../src/core/index.ts';

const withAlpha = (alpha: number): TrainingParams => ({ ...ARTICLE_PARAMS, alpha });
const weightsOf = (run: Run): number[] => Array.from(run.weights);

/** The weights the article's program printed, one per `weight:` line of the fixture. */
const printedWeights = readFileSync(new URL('../fixtures/original-trace.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('weight: '))
  .map((line) => Number(/^weight: ([^,]+),/.exec(line)?.[1]));

describe("the article's run (input 200,000, goal 99,750,000, alpha 1e-11, from weight 1.0)", () => {
  const run = train(ARTICLE_PARAMS);

  it('makes 72 updates; its 73rd prediction meets the goal exactly', () => {
    expect(run.length).toBe(73);
    expect(updatesMade(run)).toBe(72);
    expect(run.stop).toEqual({ kind: 'exact' });
    expect(iterationAt(run, 72).prediction).toBe(99_750_000);
    expect(iterationAt(run, 71).prediction).not.toBe(99_750_000);
  });

  it('ends at weight 498.75, because 200,000 × 498.75 = 99,750,000', () => {
    expect(finalWeight(run)).toBe(498.75);
  });

  it('goes through exactly the weights the article printed, double for double', () => {
    expect(printedWeights).toHaveLength(73);
    expect(weightsOf(run)).toEqual(printedWeights);
  });

  it('starts 1.0, 200.1, 319.56, 391.236', () => {
    expect(weightsOf(run).slice(0, 4)).toEqual([1, 200.1, 319.56, 391.236]);
  });

  it('shrinks the gap by r = 0.6 each update', () => {
    const gap0 = iterationAt(run, 0).delta;
    const gap1 = iterationAt(run, 1).delta;
    expect(gap1 / gap0).toBeCloseTo(0.6, 12);
  });
});

describe('iterationAt', () => {
  it('recomputes each iteration with predict, compare and learn, linking to the next weight', () => {
    const run = train(ARTICLE_PARAMS);
    for (let i = 0; i < run.length - 1; i += 1) {
      const it = iterationAt(run, i);
      const prediction = predict(ARTICLE_PARAMS.input, it.weight);
      const { delta, error } = compare(prediction, ARTICLE_PARAMS.goal);
      const { weightDelta, newWeight } = learn(it.weight, delta, ARTICLE_PARAMS.input, ARTICLE_PARAMS.alpha);
      expect(it).toEqual({ index: i, weight: run.weights[i], prediction, delta, error, weightDelta, newWeight });
      expect(it.newWeight).toBe(run.weights[i + 1]);
    }
  });

  it('refuses an index outside the run', () => {
    const run = train(ARTICLE_PARAMS);
    expect(() => iterationAt(run, 73)).toThrow(RangeError);
    expect(() => iterationAt(run, -1)).toThrow(RangeError);
    expect(() => iterationAt(run, 1.5)).toThrow(RangeError);
  });
});

describe('learning rates with a known outcome', () => {
  it('alpha 2.5e-11 = 1 / input² reaches the goal in a single update', () => {
    const run = train(withAlpha(2.5e-11));
    expect(run.stop.kind).toBe('exact');
    expect(updatesMade(run)).toBe(1);
    expect(finalWeight(run)).toBe(498.75);
  });

  it('alpha between 2.5e-11 and 5e-11 overshoots back and forth but converges', () => {
    const run = train({ ...withAlpha(3.5e-11) }, { tolerance: 1 });
    const deltas = Array.from({ length: 5 }, (_, i) => iterationAt(run, i).delta);
    for (let i = 1; i < deltas.length; i += 1) {
      expect(Math.sign(deltas[i]!)).toBe(-Math.sign(deltas[i - 1]!));
      expect(Math.abs(deltas[i]!)).toBeLessThan(Math.abs(deltas[i - 1]!));
    }
    expect(run.stop.kind).toBe('tolerance');
  });

  it('alpha 5e-11 = 2 / input² bounces between 1.0 and 996.5 forever, and the run says so', () => {
    const run = train(withAlpha(5e-11));
    expect(run.stop).toEqual({ kind: 'cycle', period: 2, start: 0 });
    expect(weightsOf(run)).toEqual([1, 996.5]);
    expect(iterationAt(run, 1).newWeight).toBe(1);
  });

  it.each([
    [5.1e-11, 17_318],
    [6e-11, 2_020],
    [1e-10, 620],
    [1, 29],
  ])('alpha %d diverges: update %d is the first to overflow, and nothing non-finite is kept', (alpha, update) => {
    const run = train(withAlpha(alpha));
    expect(run.stop).toEqual({ kind: 'diverged', iteration: update - 1, overflowed: 'update' });
    expect(updatesMade(run)).toBe(update - 1);
    expect(run.weights.every(Number.isFinite)).toBe(true);
    expect(iterationAt(run, update - 1).newWeight).toBeNull();
    expect(iterationAt(run, update - 2).newWeight).toBe(run.weights[update - 1]);
  });

  it('the default cap leaves room for the slowest overflow shown (17,318 updates)', () => {
    expect(DEFAULT_MAX_UPDATES).toBeGreaterThanOrEqual(17_318);
  });

  it.each([
    [1e-12, 835],
    [5e-12, 162],
  ])('alpha %d freezes a few units in the last place short of 498.75 after %d updates', (alpha, updates) => {
    const run = train(withAlpha(alpha));
    expect(run.stop).toEqual({ kind: 'stalled' });
    expect(updatesMade(run)).toBe(updates);
    const last = finalWeight(run);
    expect(last).not.toBe(498.75);
    expect(Math.abs(last - 498.75)).toBeLessThan(1e-11);
  });

  it('alpha 3e-11 ends flipping between 498.74999999999994 and 498.75000000000006, from the 24th weight on', () => {
    const run = train(withAlpha(3e-11));
    expect(run.stop).toEqual({ kind: 'cycle', period: 2, start: 23 });
    expect(weightsOf(run).slice(23)).toEqual([498.75000000000006, 498.74999999999994]);
    expect(iterationAt(run, 24).newWeight).toBe(498.75000000000006);
  });

  it.each([4e-11, 4.9e-11])('alpha %d ends flipping between the two doubles either side of 498.75', (alpha) => {
    const run = train(withAlpha(alpha));
    expect(run.stop).toMatchObject({ kind: 'cycle', period: 2 });
    const [a, b] = weightsOf(run).slice(-2) as [number, number];
    expect(Math.min(a, b)).toBeLessThan(498.75);
    expect(Math.max(a, b)).toBeGreaterThan(498.75);
    expect(Math.abs(a - b)).toBeLessThan(1e-9);
  });

  it('alpha 0 changes nothing: the run stops at once with the weight it started with', () => {
    const run = train(withAlpha(0));
    expect(run.stop).toEqual({ kind: 'stalled' });
    expect(weightsOf(run)).toEqual([1]);
  });

  it('a negative alpha moves away from the goal until it overflows', () => {
    const run = train(withAlpha(-1e-11));
    expect(run.stop.kind).toBe('diverged');
    const gaps = Array.from({ length: 10 }, (_, i) => Math.abs(iterationAt(run, i).delta));
    expect(gaps.every((gap, i) => i === 0 || gap > gaps[i - 1]!)).toBe(true);
  });

  it('stops at once when the starting weight is already right', () => {
    const run = train({ ...ARTICLE_PARAMS, startWeight: 498.75 });
    expect(run.stop).toEqual({ kind: 'exact' });
    expect(run.length).toBe(1);
  });

  it('learns nothing from an input of 0 and says the weight stopped changing', () => {
    const run = train({ ...ARTICLE_PARAMS, input: 0 });
    expect(run.stop).toEqual({ kind: 'stalled' });
  });

  it('reports an overflowing prediction without recording it', () => {
    // Near the top of the double range a weight can still be finite while input × weight is not.
    const run = train({ input: 10, goal: 1.7e308, alpha: -0.02, startWeight: 1.75e307 });
    expect(run.stop).toMatchObject({ kind: 'diverged', overflowed: 'prediction' });
    for (let i = 0; i < run.length; i += 1) expect(Number.isFinite(iterationAt(run, i).prediction)).toBe(true);
  });
});

describe('stop rules beyond the article', () => {
  it('stops when |delta| is within the tolerance', () => {
    const run = train(ARTICLE_PARAMS, { tolerance: 1_000 });
    expect(run.stop).toEqual({ kind: 'tolerance', tolerance: 1_000 });
    expect(Math.abs(iterationAt(run, run.length - 1).delta)).toBeLessThanOrEqual(1_000);
    expect(Math.abs(iterationAt(run, run.length - 2).delta)).toBeGreaterThan(1_000);
  });

  it('still ends with "reached the goal exactly" when a delta of 0 is within the tolerance too', () => {
    expect(train(withAlpha(2.5e-11), { tolerance: 5 }).stop.kind).toBe('exact');
  });

  it('stops at the cap after exactly maxUpdates updates', () => {
    const run = train(withAlpha(1e-13), { maxUpdates: 50 });
    expect(run.stop).toEqual({ kind: 'cap', maxUpdates: 50 });
    expect(updatesMade(run)).toBe(50);
    expect(run.length).toBe(51);
  });

  it('rejects parameters that are not finite numbers with a typed error that names them', () => {
    const bad = [NaN, Infinity, -Infinity];
    for (const value of bad) {
      for (const key of ['input', 'goal', 'alpha', 'startWeight'] as const) {
        let caught: unknown;
        try {
          train({ ...ARTICLE_PARAMS, [key]: value });
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(TrainingParamsError);
        expect((caught as TrainingParamsError).problems.map((p) => p.key)).toContain(key);
      }
    }
  });

  it('rejects a first prediction too large for a double, and bad options', () => {
    expect(() => train({ ...ARTICLE_PARAMS, startWeight: 1e308 })).toThrow(TrainingParamsError);
    expect(() => train(ARTICLE_PARAMS, { maxUpdates: 0 })).toThrow(TrainingParamsError);
    expect(() => train(ARTICLE_PARAMS, { maxUpdates: 2.5 })).toThrow(TrainingParamsError);
    expect(() => train(ARTICLE_PARAMS, { tolerance: -1 })).toThrow(TrainingParamsError);
    expect(() => train(ARTICLE_PARAMS, { tolerance: NaN })).toThrow(TrainingParamsError);
  });
});

describe('properties of every run', () => {
  const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const anyParams = fc.record({
    input: fc.oneof(finite(-1e6, 1e6), fc.double({ noNaN: true, noDefaultInfinity: true })),
    goal: fc.oneof(finite(-1e9, 1e9), fc.double({ noNaN: true, noDefaultInfinity: true })),
    alpha: fc.oneof(finite(-1e-9, 1e-9), finite(-10, 10), fc.double({ noNaN: true, noDefaultInfinity: true })),
    startWeight: fc.oneof(finite(-1e4, 1e4), fc.double({ noNaN: true, noDefaultInfinity: true })),
  });

  it('ends within the cap for any finite parameters, keeping only finite weights', () => {
    fc.assert(
      fc.property(anyParams, fc.integer({ min: 1, max: 5_000 }), (params, maxUpdates) => {
        let run: Run;
        try {
          run = train(params, { maxUpdates });
        } catch (error) {
          // Only a first prediction too large for a double may be refused.
          expect(error).toBeInstanceOf(TrainingParamsError);
          expect(Number.isFinite(params.input * params.startWeight - params.goal)).toBe(false);
          return;
        }
        expect(run.length).toBeGreaterThanOrEqual(1);
        expect(updatesMade(run)).toBeLessThanOrEqual(maxUpdates);
        expect(run.weights.every(Number.isFinite)).toBe(true);
        const last = iterationAt(run, run.length - 1);
        expect(Number.isFinite(last.prediction) && Number.isFinite(last.delta)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('shrinks the gap at every update when 0 < alpha < 1 / input²', () => {
    fc.assert(
      fc.property(
        finite(1, 1e6),
        finite(-1e9, 1e9),
        finite(-1e4, 1e4),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (input, goal, startWeight, fraction) => {
          const alpha = fraction / (input * input);
          const run = train({ input, goal, alpha, startWeight }, { maxUpdates: 2_000 });
          // One assertion per run (not per iteration) keeps 200 runs of up to 2,000 updates quick.
          let previous = Infinity;
          let growsAt = -1;
          for (let i = 0; i < run.length && growsAt < 0; i += 1) {
            const gap = Math.abs(iterationAt(run, i).delta);
            if (gap > previous) growsAt = i;
            previous = gap;
          }
          expect(growsAt).toBe(-1);
        },
      ),
      { numRuns: 200 },
    );
  });

  /**
   * The trainer as it was written before it learned to store only a run's final weights: one
   * loop through predict, compare and learn that stores each weight as it goes, with Brent's
   * cycle check, and finds where a cycle starts by scanning back.
   */
  function referenceRun(params: TrainingParams, tolerance: number, maxUpdates: number): Pick<Run, 'weights' | 'length' | 'stop'> {
    const weights: number[] = [];
    let weight = params.startWeight;
    let saved = weight;
    let savedIndex = 0;
    let power = 1;
    for (let i = 0; ; i += 1) {
      const { delta } = compare(predict(params.input, weight), params.goal);
      if (!Number.isFinite(delta)) return { weights: Float64Array.from(weights), length: i, stop: { kind: 'diverged', iteration: i, overflowed: 'prediction' } };
      weights.push(weight);
      const stopped = (stop: Run['stop']) => ({ weights: Float64Array.from(weights), length: i + 1, stop });
      if (delta === 0) return stopped({ kind: 'exact' });
      if (Math.abs(delta) <= tolerance) return stopped({ kind: 'tolerance', tolerance });
      if (i === maxUpdates) return stopped({ kind: 'cap', maxUpdates });
      const { newWeight } = learn(weight, delta, params.input, params.alpha);
      if (!Number.isFinite(newWeight)) return stopped({ kind: 'diverged', iteration: i, overflowed: 'update' });
      if (newWeight === weight) return stopped({ kind: 'stalled' });
      if (newWeight === saved) {
        const period = i + 1 - savedIndex;
        const all = [...weights, newWeight];
        let start = 0;
        while (all[start] !== all[start + period]) start += 1;
        return { weights: Float64Array.from(weights.slice(0, start + period)), length: start + period, stop: { kind: 'cycle', period, start } };
      }
      if (i + 1 - savedIndex === power) {
        saved = newWeight;
        savedIndex = i + 1;
        power *= 2;
      }
      weight = newWeight;
    }
  }

  it('gives, for any parameters, the weights and the stop reason of the plain loop, bit for bit', () => {
    // Rates near 2 / input² make runs that bounce between two weights, or cycle after a while.
    const bouncing = fc
      .tuple(finite(1, 1e3), finite(-1e3, 1e3), finite(-10, 10), fc.double({ min: 1.9, max: 2.1, noNaN: true }))
      .map(([input, goal, startWeight, k]) => ({ input, goal, startWeight, alpha: k / (input * input) }));
    fc.assert(
      fc.property(fc.oneof(anyParams, bouncing), fc.integer({ min: 1, max: 3_000 }), fc.constantFrom(0, 1e-6, 1), (params, maxUpdates, tolerance) => {
        let run: Run;
        try {
          run = train(params, { maxUpdates, tolerance });
        } catch (error) {
          expect(error).toBeInstanceOf(TrainingParamsError);
          return;
        }
        const expected = referenceRun(params, tolerance, maxUpdates);
        expect(run.stop).toEqual(expected.stop);
        expect(run.length).toBe(expected.length);
        expect(run.weights.length).toBe(run.length);
        expect(run.weights.every((w, i) => Object.is(w, expected.weights[i]))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the weight where it started when alpha is 0', () => {
    fc.assert(
      fc.property(anyParams, (params) => {
        try {
          const run = train({ ...params, alpha: 0 });
          expect(finalWeight(run)).toBe(params.startWeight);
        } catch (error) {
          expect(error).toBeInstanceOf(TrainingParamsError);
        }
      }),
    );
  });
});
