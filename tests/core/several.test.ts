import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILMS } from '../../src/core/films.ts';
import { ExamplesParamsError, bestWeight, trainMany, type ManyRun } from '../../src/core/many.ts';
import {
  LOG10_MSE_FLOOR,
  bestWeights,
  curvatureOf,
  errorSurface,
  finalWeightsSeveral,
  iterationSeveralAt,
  meanSquaredErrorSeveral,
  meanWeightDeltas,
  normalise,
  predictOutputs,
  predictSeveral,
  splitOutputs,
  toRawWeights,
  toScaledWeights,
  trainOutputs,
  trainSeveral,
  updatesMadeSeveral,
  weightsAt,
  type SeveralExample,
  type SeveralRun,
} from '../../src/core/several.ts';

// The films with two inputs: budget in millions of dollars and runtime in minutes; the goal is the
// worldwide gross in millions of dollars. The runtimes (81 to 133) dwarf most budgets (0.2 to 50),
// so the error bowl is long and thin: its condition number is about 108.
const films: SeveralExample[] = FILMS.map((film) => ({
  inputs: [film.budget / 1e6, film.runtimeMinutes],
  goal: film.worldwideGross / 1e6,
}));
const best = bestWeights(films)!;
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('predicting from several inputs', () => {
  it('adds up input × weight over the inputs', () => {
    expect(predictSeveral([0.2, 93], [400, 0.5])).toBe(80 + 46.5);
    expect(predictSeveral([3], [2])).toBe(6);
  });

  it('refuses inputs and weights of different lengths', () => {
    expect(() => predictSeveral([1, 2], [1])).toThrow(RangeError);
  });
});

describe('bestWeights, from the normal equations', () => {
  it('finds weights where every mean weightDelta is 0 for budget and runtime', () => {
    expect(best[0]).toBeCloseTo(-1.255, 3);
    expect(best[1]).toBeCloseTo(1.5156, 4);
    const atStart = meanWeightDeltas([0, 0], films);
    const atBest = meanWeightDeltas(best, films);
    for (let j = 0; j < 2; j += 1) expect(Math.abs(atBest[j]!)).toBeLessThan(1e-12 * Math.abs(atStart[j]!));
  });

  it('gives an error below that of every nearby pair of weights', () => {
    const lowest = meanSquaredErrorSeveral(best, films);
    for (const step of [1e-4, 1e-2, 1]) {
      for (const [a, b] of [
        [step, 0],
        [-step, 0],
        [0, step],
        [0, -step],
        [step, -step],
        [-step, step],
      ] as const) {
        expect(meanSquaredErrorSeveral([best[0]! + a, best[1]! + b], films)).toBeGreaterThan(lowest);
      }
    }
  });

  it('recovers the weights that made the data exactly', () => {
    const made = [
      [1, 7],
      [2, 3],
      [5, -1],
      [0.5, 4],
    ].map(([x1, x2]) => ({ inputs: [x1!, x2!], goal: 2 * x1! - 3 * x2! }));
    const [w1, w2] = bestWeights(made)!;
    expect(w1).toBeCloseTo(2, 12);
    expect(w2).toBeCloseTo(-3, 12);
  });

  it('solves three inputs too, by elimination', () => {
    const made = [
      [1, 0, 2],
      [0, 1, 1],
      [3, 1, 0],
      [1, 1, 1],
      [2, 5, 3],
    ].map((inputs) => ({ inputs, goal: 0.5 * inputs[0]! + 4 * inputs[1]! - 1 * inputs[2]! }));
    const weights = bestWeights(made)!;
    [0.5, 4, -1].forEach((w, j) => {
      expect(weights[j]).toBeCloseTo(w, 12);
    });
  });

  it('equals bestWeight (Σxy / Σx²) for one input', () => {
    const one = films.map(({ inputs, goal }) => ({ inputs: [inputs[0]!], goal }));
    const many = films.map(({ inputs, goal }) => ({ input: inputs[0]!, goal }));
    expect(relative(bestWeights(one)![0]!, bestWeight(many)!)).toBeLessThan(1e-14);
  });

  it('is null when the inputs cannot tell the weights apart: proportional columns, a column of zeros', () => {
    expect(bestWeights(films.map(({ inputs, goal }) => ({ inputs: [inputs[0]!, 2 * inputs[0]!], goal })))).toBeNull();
    expect(bestWeights(films.map(({ inputs, goal }) => ({ inputs: [inputs[0]!, 0], goal })))).toBeNull();
    expect(bestWeights([{ inputs: [1, 2], goal: 3 }])).toBeNull();
  });

  it('is null for no examples or examples with different numbers of inputs', () => {
    expect(bestWeights([])).toBeNull();
    expect(bestWeights([{ inputs: [1, 2], goal: 1 }, { inputs: [1], goal: 1 }])).toBeNull();
  });
});

describe('trainSeveral: batch gradient descent on every weight at once', () => {
  const curvature = curvatureOf(films)!;

  it('converges to bestWeights for budget and runtime at the best alpha 2 / (largest + smallest curvature)', () => {
    const run = trainSeveral({ examples: films, alpha: curvature.bestAlpha!, startWeights: [0, 0] });
    expect(['converged', 'stalled', 'cycle']).toContain(run.stop.kind);
    const [w1, w2] = finalWeightsSeveral(run);
    expect(relative(w1!, best[0]!)).toBeLessThan(1e-9);
    expect(relative(w2!, best[1]!)).toBeLessThan(1e-9);
  });

  it('updates every weight with the mean over the examples of delta × its own input', () => {
    const alpha = 1e-4;
    const run = trainSeveral({ examples: films, alpha, startWeights: [1, 0.5] }, { maxUpdates: 10 });
    for (let i = 0; i < run.length - 1; i += 1) {
      const weights = weightsAt(run, i);
      const sums = [0, 0];
      for (const { inputs, goal } of films) {
        const delta = predictSeveral(inputs, weights) - goal;
        sums[0]! += delta * inputs[0]!;
        sums[1]! += delta * inputs[1]!;
      }
      const means = sums.map((s) => s / films.length);
      const it = iterationSeveralAt(run, i);
      expect(it.meanWeightDeltas).toEqual(means);
      expect(it.newWeights).toEqual(weights.map((w, j) => w - means[j]! * alpha));
      expect(it.newWeights).toEqual(weightsAt(run, i + 1));
    }
  });

  it('with one input is exactly the batch trainMany run, weight for weight', () => {
    for (const alpha of [0.001, 0.005, 0.0117, 0.012]) {
      const several = trainSeveral({ examples: films.map(({ inputs, goal }) => ({ inputs: [inputs[0]!], goal })), alpha, startWeights: [1] });
      const many = trainMany({ examples: films.map(({ inputs, goal }) => ({ input: inputs[0]!, goal })), alpha, startWeight: 1 }, { mode: 'batch' });
      expect(Array.from(several.weights)).toEqual(Array.from(many.weights));
      expect(several.stop).toEqual(many.stop);
    }
  });

  it('diverges just above the edge alpha 2 / largest curvature and stops before any non-finite weight', () => {
    const run = trainSeveral({ examples: films, alpha: curvature.edgeAlpha! * 1.05, startWeights: [0, 0] });
    expect(run.stop).toMatchObject({ kind: 'diverged', overflowed: 'update' });
    expect(run.weights.every(Number.isFinite)).toBe(true);
    expect(iterationSeveralAt(run, run.length - 1).newWeights).toBeNull();
  });

  it('converges just below the edge, slowly', () => {
    const run = trainSeveral({ examples: films, alpha: curvature.edgeAlpha! * 0.95, startWeights: [0, 0] }, { maxUpdates: 20_000 });
    expect(['converged', 'stalled', 'cycle']).toContain(run.stop.kind);
    expect(relative(finalWeightsSeveral(run)[1]!, best[1]!)).toBeLessThan(1e-9);
  });

  it('stops when the largest |meanWeightDelta| is within the tolerance', () => {
    const run = trainSeveral({ examples: films, alpha: curvature.bestAlpha!, startWeights: [0, 0] }, { tolerance: 1 });
    expect(run.stop).toEqual({ kind: 'tolerance', tolerance: 1 });
    const largest = (i: number): number => Math.max(...iterationSeveralAt(run, i).meanWeightDeltas!.map(Math.abs));
    expect(largest(run.length - 1)).toBeLessThanOrEqual(1);
    expect(largest(run.length - 2)).toBeGreaterThan(1);
  });

  it('stops at the cap, and stores the weight vectors flat, two numbers an iteration', () => {
    const run = trainSeveral({ examples: films, alpha: 1e-6, startWeights: [0, 0] }, { maxUpdates: 12 });
    expect(run.stop).toEqual({ kind: 'cap', maxUpdates: 12 });
    expect(updatesMadeSeveral(run)).toBe(12);
    expect(run.inputCount).toBe(2);
    expect(run.weights).toHaveLength(2 * 13);
    expect(weightsAt(run, 3)).toEqual([run.weights[6], run.weights[7]]);
  });

  it('converges exactly on data a pair of weights fits perfectly, and stalls on inputs that are all 0', () => {
    const exact = [
      { inputs: [1, 0], goal: 2 },
      { inputs: [0, 1], goal: -3 },
    ];
    const run = trainSeveral({ examples: exact, alpha: 2, startWeights: [0, 0] });
    expect(run.stop.kind).toBe('converged');
    expect(finalWeightsSeveral(run)).toEqual([2, -3]);
    expect(trainSeveral({ examples: [{ inputs: [0, 0], goal: 1 }], alpha: 1, startWeights: [5, 6] }).stop).toEqual({ kind: 'stalled' });
  });

  it('finds the cycle when alpha sits exactly on the edge of a single curvature', () => {
    const run = trainSeveral({ examples: [{ inputs: [1, 0], goal: 1 }, { inputs: [0, 1], goal: 1 }], alpha: 4, startWeights: [0, 0] });
    expect(run.stop).toEqual({ kind: 'cycle', period: 2, start: 0 });
  });

  it('rejects settings that cannot make a run, naming them', () => {
    const problemsOf = (run: () => SeveralRun): string[] => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ExamplesParamsError);
        return (error as ExamplesParamsError).problems.map((p) => p.message);
      }
      return [];
    };
    expect(problemsOf(() => trainSeveral({ examples: films, alpha: NaN, startWeights: [0, 0] }))).toEqual(['The learning rate must be a number.']);
    expect(problemsOf(() => trainSeveral({ examples: [], alpha: 1, startWeights: [0] }))).toEqual(['There must be at least one example.']);
    expect(problemsOf(() => trainSeveral({ examples: films, alpha: 1, startWeights: [] }))).toHaveLength(1);
    expect(problemsOf(() => trainSeveral({ examples: [{ inputs: [1, Infinity], goal: 1 }], alpha: 1, startWeights: [0, 0] }))).toEqual([
      'Example 1: input 2 must be finite, not infinite.',
    ]);
    expect(problemsOf(() => trainSeveral({ examples: [{ inputs: [1], goal: 1 }], alpha: 1, startWeights: [0, 0] }))).toEqual([
      'Example 1: it has 1 inputs but there are 2 starting weights.',
    ]);
    expect(problemsOf(() => trainSeveral({ examples: [{ inputs: [1e300, 1], goal: 1 }], alpha: 1, startWeights: [1e10, 0] }))).toHaveLength(1);
    expect(problemsOf(() => trainSeveral({ examples: films, alpha: 1, startWeights: [0, 0] }, { maxUpdates: 0 }))).toHaveLength(1);
  });

  it('ends within the cap for any finite settings, keeping only finite weights', () => {
    const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
    const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    const value = fc.oneof(finite(-100, 100), finite(-1e6, 1e6), anyDouble, fc.constant(0));
    const setting = fc.integer({ min: 1, max: 3 }).chain((d) =>
      fc.record({
        examples: fc.array(fc.record({ inputs: fc.array(value, { minLength: d, maxLength: d }), goal: value }), { minLength: 1, maxLength: 6 }),
        alpha: fc.oneof(finite(-1e-3, 1e-3), finite(-10, 10), anyDouble),
        startWeights: fc.array(fc.oneof(finite(-10, 10), anyDouble), { minLength: d, maxLength: d }),
      }),
    );
    fc.assert(
      fc.property(setting, fc.integer({ min: 1, max: 2_000 }), fc.oneof(fc.constant(0), finite(0, 10)), (params, maxUpdates, tolerance) => {
        let run: SeveralRun;
        try {
          run = trainSeveral(params, { maxUpdates, tolerance });
        } catch (error) {
          expect(error).toBeInstanceOf(ExamplesParamsError);
          expect((error as ExamplesParamsError).problems.map((p) => p.key)).toEqual(['startWeights']);
          return;
        }
        expect(run.length).toBeGreaterThanOrEqual(1);
        expect(run.weights).toHaveLength(run.length * params.startWeights.length);
        expect(updatesMadeSeveral(run)).toBeLessThanOrEqual(maxUpdates);
        expect(run.weights.every(Number.isFinite)).toBe(true);
        const last = iterationSeveralAt(run, run.length - 1);
        expect(last.weights.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('curvatureOf: how the error bowl curves', () => {
  it('gives the eigenvalues of mean(x xᵀ) and the learning rates they allow', () => {
    // mean(x xᵀ) = diag(1/2, 4/2) for the examples (1, 0) and (0, 2).
    const curvature = curvatureOf([
      { inputs: [1, 0], goal: 0 },
      { inputs: [0, 2], goal: 0 },
    ])!;
    expect(curvature).toEqual({ largest: 2, smallest: 0.5, conditionNumber: 4, edgeAlpha: 1, bestAlpha: 0.8, bestRate: 0.6 });
  });

  it('finds eigenvalues that add up to the trace and multiply to the determinant, for correlated inputs', () => {
    const { largest, smallest } = curvatureOf(films)!;
    const mean = (f: (x: readonly number[]) => number): number => films.reduce((s, e) => s + f(e.inputs), 0) / films.length;
    const a = mean(([x]) => x! * x!);
    const b = mean(([x, y]) => x! * y!);
    const c = mean(([, y]) => y! * y!);
    expect(relative(largest + smallest, a + c)).toBeLessThan(1e-12);
    expect(relative(largest * smallest, a * c - b * b)).toBeLessThan(1e-9);
    expect(largest / smallest).toBeGreaterThan(100);
  });

  it('works for three inputs (the trace is kept)', () => {
    const examples = [
      { inputs: [1, 2, 3], goal: 0 },
      { inputs: [4, 0, -1], goal: 0 },
      { inputs: [2, 2, 2], goal: 0 },
    ];
    const { largest, smallest } = curvatureOf(examples)!;
    const trace = examples.reduce((s, e) => s + e.inputs.reduce((t, x) => t + x * x, 0), 0) / 3;
    expect(largest).toBeLessThanOrEqual(trace);
    expect(smallest).toBeGreaterThan(0);
  });

  it('has a smallest curvature of 0 and no condition number when two inputs are proportional', () => {
    const curvature = curvatureOf([{ inputs: [1, 2], goal: 0 }])!;
    expect(curvature.smallest).toBeCloseTo(0, 12);
    expect(curvature.largest).toBeCloseTo(5, 12);
  });
});

describe('normalise', () => {
  const { examples: scaled, scales } = normalise(films);

  it('divides each input by the largest magnitude in its column: $50M and 133 minutes become 1', () => {
    expect(scales).toEqual([50, 133]);
    for (const { inputs } of scaled) for (const x of inputs) expect(Math.abs(x)).toBeLessThanOrEqual(1);
    expect(Math.max(...scaled.map((e) => e.inputs[0]!))).toBe(1);
    expect(Math.max(...scaled.map((e) => e.inputs[1]!))).toBe(1);
    expect(scaled.map((e) => e.goal)).toEqual(films.map((e) => e.goal));
  });

  it('changes only the units: mapped weights make the same predictions and the same error', () => {
    for (const raw of [[1, 1], best, [-3, 0.25]]) {
      const v = toScaledWeights(raw, scales);
      expect(relative(meanSquaredErrorSeveral(v, scaled), meanSquaredErrorSeveral(raw, films))).toBeLessThan(1e-12);
      const back = toRawWeights(v, scales);
      raw.forEach((w, j) => {
        expect(relative(back[j]!, w)).toBeLessThan(1e-15);
      });
    }
  });

  it('learns the same best weights, mapped back to raw units', () => {
    const v = bestWeights(scaled)!;
    toRawWeights(v, scales).forEach((w, j) => {
      expect(relative(w, best[j]!)).toBeLessThan(1e-12);
    });
  });

  it('leaves a column of zeros alone, with scale 1, and keeps negative inputs negative', () => {
    const result = normalise([
      { inputs: [0, -4], goal: 1 },
      { inputs: [0, 2], goal: 2 },
    ]);
    expect(result.scales).toEqual([1, 4]);
    expect(result.examples.map((e) => e.inputs)).toEqual([
      [0, -1],
      [0, 0.5],
    ]);
  });

  it('makes the error bowl rounder: the condition number falls from about 108 to about 16', () => {
    expect(curvatureOf(films)!.conditionNumber).toBeGreaterThan(100);
    expect(curvatureOf(scaled)!.conditionNumber).toBeLessThan(20);
  });

  it('converges in fewer updates than raw inputs, each at the fastest alpha of a sweep', () => {
    const lowest = meanSquaredErrorSeveral(best, films);
    /** Updates until the error is within one part in 10⁹ of the least (null if never within 20,000). */
    const updatesToConverge = (examples: SeveralExample[], alpha: number): number | null => {
      const run = trainSeveral({ examples, alpha, startWeights: [0, 0] });
      const xs = examples.map((e) => e.inputs);
      for (let i = 0; i < run.length; i += 1) {
        const w1 = run.weights[2 * i]!;
        const w2 = run.weights[2 * i + 1]!;
        let sum = 0;
        examples.forEach((e, k) => {
          const delta = xs[k]![0]! * w1 + xs[k]![1]! * w2 - e.goal;
          sum += delta * delta;
        });
        if (sum / examples.length <= lowest * (1 + 1e-9)) return i;
      }
      return null;
    };
    const fastest = (examples: SeveralExample[]): { updates: number; alpha: number } => {
      const edge = curvatureOf(examples)!.edgeAlpha!;
      let result = { updates: Infinity, alpha: 0 };
      for (let k = 1; k < 50; k += 1) {
        const alpha = (edge * k) / 50;
        const updates = updatesToConverge(examples, alpha);
        if (updates !== null && updates < result.updates) result = { updates, alpha };
      }
      return result;
    };
    const raw = fastest(films);
    const normalised = fastest(scaled);
    expect(raw.updates).toBeLessThan(Infinity);
    expect(normalised.updates * 3).toBeLessThan(raw.updates);
    // The sweep's winners sit near the theory's best alpha, 2 / (largest + smallest).
    expect(relative(raw.alpha, curvatureOf(films)!.bestAlpha!)).toBeLessThan(0.05);
    expect(relative(normalised.alpha, curvatureOf(scaled)!.bestAlpha!)).toBeLessThan(0.05);
  });
});

describe('errorSurface: the error over a grid of two weights', () => {
  it('has its lowest cell within one grid step of bestWeights', () => {
    const surface = errorSurface(films, [-4, 2], [0.5, 2.5], 64);
    const step1 = 6 / 63;
    const step2 = 2 / 63;
    expect(Math.abs(surface.lowest.w1 - best[0]!)).toBeLessThanOrEqual(step1);
    expect(Math.abs(surface.lowest.w2 - best[1]!)).toBeLessThanOrEqual(step2);
    expect(surface.lowest.mse).toBe(Math.min(...surface.mse));
  });

  it('lays the grid out row by row (rows are weight 2), with the MSE and its log at every cell', () => {
    const surface = errorSurface(films, [-1, 1], [0, 3], 5);
    expect(Array.from(surface.w1)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Array.from(surface.w2)).toEqual([0, 0.75, 1.5, 2.25, 3]);
    expect(surface.mse).toHaveLength(25);
    for (let row = 0; row < 5; row += 1) {
      for (let column = 0; column < 5; column += 1) {
        const mse = meanSquaredErrorSeveral([surface.w1[column]!, surface.w2[row]!], films);
        expect(surface.mse[row * 5 + column]).toBe(mse);
        expect(surface.log10Mse[row * 5 + column]).toBeCloseTo(Math.log10(mse), 12);
      }
    }
  });

  it('keeps log10 of the MSE finite where the MSE itself overflows, and never gives NaN', () => {
    const surface = errorSurface(films, [1e150, 1e152], [-1e152, 1e152], 8);
    expect(surface.mse.some((m) => m === Infinity)).toBe(true);
    expect(surface.mse.every((m) => !Number.isNaN(m))).toBe(true);
    expect(surface.log10Mse.every(Number.isFinite)).toBe(true);
    expect(Math.min(...surface.log10Mse)).toBeGreaterThan(300);
    // Weights so large that even a prediction overflows: still no NaN, and a sensible logarithm.
    const extreme = errorSurface(films, [-1.7e308, 1.7e308], [-1.7e308, 1.7e308], 3);
    expect(extreme.log10Mse.every((v) => !Number.isNaN(v))).toBe(true);
    expect(extreme.log10Mse[0]).toBeGreaterThan(600);
  });

  it('floors log10 at the smallest double for an exact fit, instead of −Infinity', () => {
    const surface = errorSurface([{ inputs: [1, 1], goal: 0 }], [-1, 1], [-1, 1], 3);
    expect(surface.mse[4]).toBe(0);
    expect(surface.log10Mse[4]).toBe(LOG10_MSE_FLOOR);
    expect(surface.lowest).toMatchObject({ row: 0, column: 2, mse: 0 });
  });

  it('refuses grids it cannot draw', () => {
    expect(() => errorSurface(films, [0, 1], [0, 1], 1)).toThrow(RangeError);
    expect(() => errorSurface(films, [0, 1], [0, 1], 2.5)).toThrow(RangeError);
    expect(() => errorSurface(films, [0, 1], [0, 1], 1_001)).toThrow(RangeError);
    expect(() => errorSurface(films, [1, 0], [0, 1], 10)).toThrow(RangeError);
    expect(() => errorSurface(films, [0, NaN], [0, 1], 10)).toThrow(RangeError);
    expect(() => errorSurface([{ inputs: [1, 2, 3], goal: 1 }], [0, 1], [0, 1], 10)).toThrow(RangeError);
    expect(() => errorSurface([], [0, 1], [0, 1], 10)).toThrow(RangeError);
  });
});

describe('several outputs from one input', () => {
  // Budget (millions) predicting worldwide and domestic gross (millions): two goals, two weights.
  const examples = FILMS.map((film) => ({ input: film.budget / 1e6, goals: [film.worldwideGross / 1e6, film.domesticGross / 1e6] }));

  it('splits into one one-weight problem per goal', () => {
    const [worldwide, domestic] = splitOutputs(examples);
    expect(worldwide![0]).toEqual({ input: 0.2, goal: 99.75 });
    expect(domestic![0]).toEqual({ input: 0.2, goal: 8.75 });
    expect(() => splitOutputs([{ input: 1, goals: [1, 2] }, { input: 1, goals: [1] }])).toThrow(RangeError);
  });

  it("trains each output's weight exactly as trainMany does for that output alone", () => {
    const runs = trainOutputs({ examples, alpha: 0.004, startWeights: [1, 2] });
    const alone = [0, 1].map((k) =>
      trainMany({ examples: examples.map((e) => ({ input: e.input, goal: e.goals[k]! })), alpha: 0.004, startWeight: [1, 2][k]! }, { mode: 'batch' }),
    );
    runs.forEach((run, k) => {
      expect(Array.from(run.weights)).toEqual(Array.from(alone[k]!.weights));
      expect(relative(run.weights[run.length - 1]!, bestWeight(splitOutputs(examples)[k]!)!)).toBeLessThan(1e-13);
    });
  });

  it('matches a joint update of both weights at once: neither output affects the other', () => {
    const alpha = 0.004;
    const runs: ManyRun[] = trainOutputs({ examples, alpha, startWeights: [1, 2] });
    // The joint model: predictions = input × [w₁, w₂], both weights updated together from the
    // mean of delta_k × input for their own goal.
    let weights = [1, 2];
    const steps = Math.min(...runs.map((run) => run.length));
    for (let i = 0; i < steps; i += 1) {
      weights.forEach((w, k) => {
        expect(w).toBe(runs[k]!.weights[i]);
      });
      const sums = [0, 0];
      for (const { input, goals } of examples) {
        predictOutputs(input, weights).forEach((prediction, k) => (sums[k]! += (prediction - goals[k]!) * input));
      }
      weights = weights.map((w, k) => w - (sums[k]! / examples.length) * alpha);
    }
  });

  it('predicts one output per weight', () => {
    expect(predictOutputs(2, [3, 0.5])).toEqual([6, 1]);
  });

  it('refuses a number of starting weights that does not match the goals', () => {
    expect(() => trainOutputs({ examples, alpha: 0.004, startWeights: [1] })).toThrow(ExamplesParamsError);
  });
});
