import type { Example } from './model.ts';
import {
  ExamplesParamsError,
  growFloats,
  numberProblems,
  stopOptionProblems,
  trainMany,
  type ExamplesProblem,
  type ManyOptions,
  type ManyRun,
  type ManyStopReason,
} from './many.ts';
import { DEFAULT_MAX_UPDATES } from './params.ts';

/**
 * Several inputs, one weight each. A film has more than a budget: with its runtime too, the
 * prediction becomes a weighted sum,
 *
 *     prediction = Σⱼ inputs[j] · weights[j]
 *
 * and learning is batch gradient descent on the mean squared error: for every weight,
 * `meanWeightDeltas[j] = (1/n) Σᵢ deltaᵢ · inputsᵢ[j]` and
 * `newWeights[j] = weights[j] − meanWeightDeltas[j] · alpha`, all weights updated together.
 * With one input this is exactly the batch run of `trainMany`.
 */

/** One example with several inputs: what we know (inputs) and the answer we want (goal). */
export interface SeveralExample {
  readonly inputs: readonly number[];
  readonly goal: number;
}

/** Everything one run with several inputs depends on. */
export interface SeveralParams {
  /** At least one example; every example has as many inputs as there are start weights. */
  readonly examples: readonly SeveralExample[];
  readonly alpha: number;
  /** One starting weight per input. */
  readonly startWeights: readonly number[];
}

/** When a run with several inputs may stop early. */
export interface SeveralOptions {
  /** Stop when every `|meanWeightDeltas[j]| <= tolerance` (the largest one is within it). 0 (default): only when all are exactly 0. */
  readonly tolerance?: number;
  /** The most updates the run may make; default 20,000. */
  readonly maxUpdates?: number;
}

/**
 * Why a run with several inputs ended: the reasons of a batch `trainMany` run, read for the
 * whole weight vector. 'converged': every meanWeightDelta is exactly 0. 'tolerance': the largest
 * `|meanWeightDelta|` is within the tolerance. 'stalled': an update left every weight as it was.
 * 'cycle': the weight vector came back to one it had `period` iterations before (Brent's
 * algorithm). 'diverged': as for one weight, with 'prediction' when some prediction or delta
 * overflows and 'update' when a new weight or a meanWeightDelta does. 'cap': `maxUpdates` updates.
 */
export type SeveralStopReason = ManyStopReason;

/**
 * A whole run with several inputs. The weight vectors are stored flat: iteration `i` predicts
 * with `weights[i * inputCount + j]` for input `j`; use {@link weightsAt} to read one.
 */
export interface SeveralRun {
  readonly params: SeveralParams;
  readonly tolerance: number;
  readonly maxUpdates: number;
  /** The number of inputs, and of weights: the stride of `weights`. */
  readonly inputCount: number;
  /** `length * inputCount` numbers, every one finite. */
  readonly weights: Float64Array;
  /** The number of iterations in the run, at least 1. */
  readonly length: number;
  readonly stop: SeveralStopReason;
}

/** One iteration of a run with several inputs. */
export interface SeveralIteration {
  readonly index: number;
  /** The weights this iteration predicts with. */
  readonly weights: readonly number[];
  /** `(1/n) Σᵢ deltaᵢ²`, or null when it is too large for a 64-bit float. */
  readonly meanSquaredError: number | null;
  /** `(1/n) Σᵢ deltaᵢ · inputsᵢ[j]` for every j, or null when any of them overflows. */
  readonly meanWeightDeltas: readonly number[] | null;
  /** `weights[j] − meanWeightDeltas[j] · alpha` for every j, or null when any is not finite. */
  readonly newWeights: readonly number[] | null;
}

/**
 * Predict with several inputs: `prediction = Σⱼ inputs[j] · weights[j]`.
 *
 * @throws {RangeError} when there are not as many weights as inputs.
 */
export function predictSeveral(inputs: readonly number[], weights: readonly number[]): number {
  if (inputs.length !== weights.length) {
    throw new RangeError(`There are ${inputs.length} inputs but ${weights.length} weights.`);
  }
  let prediction = 0;
  for (let j = 0; j < inputs.length; j += 1) prediction += (inputs[j] as number) * (weights[j] as number);
  return prediction;
}

/** The examples as one flat row-major block of inputs (n × d) and a column of goals. */
interface Table {
  readonly n: number;
  readonly d: number;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

function tableOf(examples: readonly SeveralExample[], d: number): Table {
  const n = examples.length;
  const xs = new Float64Array(n * d);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const { inputs, goal } = examples[i] as SeveralExample;
    if (inputs.length !== d) throw new RangeError(`Example ${i + 1} has ${inputs.length} inputs, not ${d}.`);
    for (let j = 0; j < d; j += 1) xs[i * d + j] = inputs[j] as number;
    ys[i] = goal;
  }
  return { n, d, xs, ys };
}

/** `Σⱼ x[i, j] · w[j]`, the first term alone to start, so one input gives exactly `x · w`. */
function predictRow(table: Table, row: number, weights: Float64Array, offset: number): number {
  const { d, xs } = table;
  const base = row * d;
  let prediction = (xs[base] as number) * (weights[offset] as number);
  for (let j = 1; j < d; j += 1) prediction += (xs[base + j] as number) * (weights[offset + j] as number);
  return prediction;
}

/**
 * Writes `(1/n) Σᵢ deltaᵢ · x[i, j]` into `out[j]` for the weights at `weights[offset ..]`, and
 * returns false if a prediction or delta overflowed. Trainer and {@link iterationSeveralAt} share
 * it. This is the trainer's innermost loop, so two inputs (the tutorial's case) get a path of
 * their own, about twice as fast and bit for bit the same: both add the same products in the
 * same order.
 */
function meanWeightDeltasInto(table: Table, weights: Float64Array, offset: number, out: Float64Array): boolean {
  const { n, d, xs, ys } = table;
  let deltasFinite = true;
  if (d === 2) {
    const w0 = weights[offset] as number;
    const w1 = weights[offset + 1] as number;
    let g0 = 0;
    let g1 = 0;
    for (let i = 0; i < n; i += 1) {
      const x0 = xs[2 * i] as number;
      const x1 = xs[2 * i + 1] as number;
      const delta = x0 * w0 + x1 * w1 - (ys[i] as number);
      if (delta - delta !== 0) deltasFinite = false;
      g0 += delta * x0;
      g1 += delta * x1;
    }
    out[0] = g0 / n;
    out[1] = g1 / n;
    return deltasFinite;
  }
  out.fill(0);
  for (let i = 0, base = 0; i < n; i += 1, base += d) {
    let prediction = (xs[base] as number) * (weights[offset] as number);
    for (let j = 1; j < d; j += 1) prediction += (xs[base + j] as number) * (weights[offset + j] as number);
    const delta = prediction - (ys[i] as number);
    if (delta - delta !== 0) deltasFinite = false;
    for (let j = 0; j < d; j += 1) out[j] = (out[j] as number) + delta * (xs[base + j] as number);
  }
  for (let j = 0; j < d; j += 1) out[j] = (out[j] as number) / n;
  return deltasFinite;
}

function meanSquaredErrorOf(table: Table, weights: Float64Array, offset: number): number {
  let sum = 0;
  for (let i = 0; i < table.n; i += 1) {
    const delta = predictRow(table, i, weights, offset) - (table.ys[i] as number);
    sum += delta * delta;
  }
  return sum / table.n;
}

function requireTable(examples: readonly SeveralExample[], weights: readonly number[]): Table {
  if (examples.length === 0) throw new RangeError('There must be at least one example.');
  return tableOf(examples, weights.length);
}

/**
 * `meanSquaredError(weights) = (1/n) Σᵢ (Σⱼ inputsᵢ[j] · weights[j] − goalᵢ)²`; +Infinity when it
 * overflows.
 *
 * @throws {RangeError} for no examples, or examples whose inputs do not match the weights.
 */
export function meanSquaredErrorSeveral(weights: readonly number[], examples: readonly SeveralExample[]): number {
  const table = requireTable(examples, weights);
  const mse = meanSquaredErrorOf(table, Float64Array.from(weights), 0);
  return Number.isNaN(mse) ? Infinity : mse;
}

/**
 * The batch corrections, one per weight: `meanWeightDeltas[j] = (1/n) Σᵢ deltaᵢ · inputsᵢ[j]`,
 * half the slope of the mean squared error along weight j.
 *
 * @throws {RangeError} for no examples, or examples whose inputs do not match the weights.
 */
export function meanWeightDeltas(weights: readonly number[], examples: readonly SeveralExample[]): number[] {
  const table = requireTable(examples, weights);
  const out = new Float64Array(weights.length);
  meanWeightDeltasInto(table, Float64Array.from(weights), 0, out);
  return Array.from(out);
}

/**
 * Every reason these settings cannot make a run, or an empty list; accepts `unknown` values.
 * Every example must have one finite input per start weight, and every first prediction must be
 * finite.
 */
export function checkSeveralParams(
  params: Record<keyof SeveralParams, unknown>,
  options: { readonly [K in keyof SeveralOptions]?: unknown } = {},
): ExamplesProblem[] {
  const problems: ExamplesProblem[] = [];
  const { examples, alpha, startWeights } = params;
  let d = -1;
  if (!Array.isArray(startWeights) || startWeights.length === 0) {
    problems.push({ key: 'startWeights', message: 'There must be at least one starting weight, one per input.' });
  } else {
    d = startWeights.length;
    (startWeights as unknown[]).forEach((weight, j) => {
      for (const p of numberProblems('startWeights', `Starting weight ${j + 1}`, weight)) problems.push(p);
    });
  }
  if (!Array.isArray(examples) || examples.length === 0) {
    problems.push({ key: 'examples', message: 'There must be at least one example.' });
  } else {
    (examples as unknown[]).forEach((example, i) => {
      const { inputs, goal } = (typeof example === 'object' && example !== null ? example : {}) as Record<string, unknown>;
      const bad: ExamplesProblem[] = [];
      if (!Array.isArray(inputs)) {
        bad.push({ key: 'examples', message: 'its inputs must be a list of numbers.' });
      } else {
        if (d >= 0 && inputs.length !== d) {
          bad.push({ key: 'examples', message: `it has ${inputs.length} inputs but there are ${d} starting weights.` });
        }
        (inputs as unknown[]).forEach((input, j) => bad.push(...numberProblems('examples', `input ${j + 1}`, input)));
      }
      bad.push(...numberProblems('examples', 'its goal', goal));
      for (const p of bad) problems.push({ key: 'examples', message: `Example ${i + 1}: ${lowerFirst(p.message)}` });
    });
  }
  problems.push(...numberProblems('alpha', 'The learning rate', alpha));
  if (problems.length === 0) {
    const weights = Float64Array.from(startWeights as number[]);
    const table = tableOf(examples as SeveralExample[], weights.length);
    for (let i = 0; i < table.n; i += 1) {
      const delta = predictRow(table, i, weights, 0) - (table.ys[i] as number);
      if (!Number.isFinite(delta)) {
        problems.push({ key: 'startWeights', message: 'A first prediction (inputs × starting weights) is too large for a 64-bit number.' });
        break;
      }
    }
  }
  problems.push(...stopOptionProblems(options));
  return problems;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Trains the several-input model with batch gradient descent until a stop reason applies (see
 * {@link SeveralStopReason}). Always ends, keeps only finite weights, and allocates nothing inside
 * the loop except when the record doubles in size. Each update costs one pass over the examples.
 *
 * @throws {ExamplesParamsError} when the settings cannot make a run (see {@link checkSeveralParams}).
 */
export function trainSeveral(params: SeveralParams, options: SeveralOptions = {}): SeveralRun {
  const problems = checkSeveralParams(params, options);
  if (problems.length > 0) throw new ExamplesParamsError(problems);
  const { alpha, startWeights } = params;
  const tolerance = options.tolerance ?? 0;
  const maxUpdates = options.maxUpdates ?? DEFAULT_MAX_UPDATES;
  const d = startWeights.length;
  const table = tableOf(params.examples, d);
  const learnable = table.xs.some((x) => x !== 0);
  const cap = (maxUpdates + 1) * d;
  const g = new Float64Array(d);
  let weights: Float64Array = new Float64Array(Math.min(cap, 1024 * d));
  weights.set(startWeights);
  // Row i of `weights` holds iteration i's weights; each update writes row i + 1 before judging it.
  let i = 0;
  let savedIndex = 0;
  let power = 1;
  let stop: SeveralStopReason;
  let length: number;

  for (;;) {
    const at = i * d;
    const deltasFinite = meanWeightDeltasInto(table, weights, at, g);
    if (!deltasFinite) {
      stop = { kind: 'diverged', iteration: i, overflowed: 'prediction' };
      length = i;
      break;
    }
    let largest = 0;
    let finite = true;
    for (let j = 0; j < d; j += 1) {
      const gj = g[j] as number;
      if (gj - gj !== 0) finite = false;
      else largest = Math.max(largest, Math.abs(gj));
    }
    if (finite && largest === 0) {
      stop = learnable ? { kind: 'converged' } : { kind: 'stalled' };
      length = i + 1;
      break;
    }
    if (finite && largest <= tolerance) {
      stop = { kind: 'tolerance', tolerance };
      length = i + 1;
      break;
    }
    if (i === maxUpdates) {
      stop = { kind: 'cap', maxUpdates };
      length = i + 1;
      break;
    }
    weights = growFloats(weights, at + 2 * d - 1, cap);
    const next = at + d;
    let nextFinite = finite;
    let same = true;
    for (let j = 0; j < d; j += 1) {
      const w = weights[at + j] as number;
      const nw = w - (g[j] as number) * alpha;
      weights[next + j] = nw;
      if (nw - nw !== 0) nextFinite = false;
      if (nw !== w) same = false;
    }
    if (!nextFinite) {
      stop = { kind: 'diverged', iteration: i, overflowed: 'update' };
      length = i + 1;
      break;
    }
    if (same) {
      stop = { kind: 'stalled' };
      length = i + 1;
      break;
    }
    // Brent's cycle detection on whole weight vectors.
    if (rowsEqual(weights, d, i + 1, savedIndex)) {
      const period = i + 1 - savedIndex;
      let start = 0;
      while (start < savedIndex && !rowsEqual(weights, d, start, start + period)) start += 1;
      stop = { kind: 'cycle', period, start };
      length = start + period;
      break;
    }
    if (i + 1 - savedIndex === power) {
      savedIndex = i + 1;
      power *= 2;
    }
    i += 1;
  }
  return { params, tolerance, maxUpdates, inputCount: d, weights: weights.slice(0, length * d), length, stop };
}

function rowsEqual(weights: Float64Array, d: number, a: number, b: number): boolean {
  for (let j = 0; j < d; j += 1) if (weights[a * d + j] !== weights[b * d + j]) return false;
  return true;
}

function requireIndex(length: number, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new RangeError(`Iteration ${index} is outside this run (0 to ${length - 1}).`);
  }
}

/** The weights iteration `index` predicts with, as a new array. */
export function weightsAt(run: SeveralRun, index: number): number[] {
  requireIndex(run.length, index);
  return Array.from(run.weights.subarray(index * run.inputCount, (index + 1) * run.inputCount));
}

/** The weights a run with several inputs ends on. */
export function finalWeightsSeveral(run: SeveralRun): number[] {
  return weightsAt(run, run.length - 1);
}

/** How many updates a run with several inputs made, counted as `updatesMade` counts them. */
export function updatesMadeSeveral(run: SeveralRun): number {
  switch (run.stop.kind) {
    case 'cycle':
      return run.length;
    case 'diverged':
      return run.stop.overflowed === 'prediction' ? run.length : run.length - 1;
    default:
      return run.length - 1;
  }
}

/** Iteration `index` of a run with several inputs, recomputed bit for bit with the trainer's arithmetic. */
export function iterationSeveralAt(run: SeveralRun, index: number): SeveralIteration {
  requireIndex(run.length, index);
  const d = run.inputCount;
  const table = tableOf(run.params.examples, d);
  const g = new Float64Array(d);
  meanWeightDeltasInto(table, run.weights, index * d, g);
  const weights = weightsAt(run, index);
  const deltas = Array.from(g);
  const deltasOk = deltas.every(Number.isFinite);
  const next = weights.map((w, j) => w - (deltas[j] as number) * run.params.alpha);
  const mse = meanSquaredErrorOf(table, run.weights, index * d);
  return {
    index,
    weights,
    meanSquaredError: Number.isFinite(mse) ? mse : null,
    meanWeightDeltas: deltasOk ? deltas : null,
    newWeights: deltasOk && next.every(Number.isFinite) ? next : null,
  };
}

/** Below this, relative to the product of its diagonal, a 2 × 2 normal matrix counts as singular. */
const SINGULAR = 1e-12;

/**
 * The least-squares weights, from the normal equations `(Σ x xᵀ) w = Σ x · goal`. For two inputs
 * in closed form (Cramer's rule):
 *
 *     a = Σ x₁², b = Σ x₁x₂, c = Σ x₂², u = Σ x₁y, v = Σ x₂y,
 *     w₁ = (c·u − b·v) / (a·c − b²),   w₂ = (a·v − b·u) / (a·c − b²)
 *
 * one input gives `Σ xy / Σ x²` and more use Gaussian elimination with partial pivoting. Every
 * column and the goals are first divided by their largest magnitude, so the sums stay in range,
 * and the scales are multiplied back in. Null when the system is singular or nearly so (a column
 * of zeros, two proportional columns: `|a·c − b²| <= 1e-12 · a·c` for two inputs), when the
 * examples disagree in length, or when a weight is too large for a 64-bit float.
 */
export function bestWeights(examples: readonly SeveralExample[]): number[] | null {
  const first = examples[0];
  if (first === undefined || first.inputs.length === 0) return null;
  const d = first.inputs.length;
  if (examples.some((e) => e.inputs.length !== d)) return null;
  const { examples: scaled, scales } = normalise(examples);
  let goalScale = 0;
  for (const { goal } of examples) goalScale = Math.max(goalScale, Math.abs(goal));
  if (!Number.isFinite(goalScale) || scales.some((s) => !Number.isFinite(s))) return null;
  const ys = scaled.map((e) => (goalScale === 0 ? 0 : e.goal / goalScale));
  // m = Σ x xᵀ and r = Σ x y on the scaled columns.
  const m = new Float64Array(d * d);
  const r = new Float64Array(d);
  scaled.forEach(({ inputs }, i) => {
    for (let j = 0; j < d; j += 1) {
      const xj = inputs[j] as number;
      r[j] = (r[j] as number) + xj * (ys[i] as number);
      for (let k = 0; k < d; k += 1) m[j * d + k] = (m[j * d + k] as number) + xj * (inputs[k] as number);
    }
  });
  const solution = d === 2 ? solveTwo(m, r) : solve(m, r, d);
  if (solution === null) return null;
  const weights = solution.map((v, j) => (v / (scales[j] as number)) * goalScale);
  return weights.every(Number.isFinite) ? weights : null;
}

function solveTwo(m: Float64Array, r: Float64Array): number[] | null {
  const a = m[0] as number;
  const b = m[1] as number;
  const c = m[3] as number;
  const u = r[0] as number;
  const v = r[1] as number;
  const det = a * c - b * b;
  if (!(Math.abs(det) > SINGULAR * a * c)) return null;
  return [(c * u - b * v) / det, (a * v - b * u) / det];
}

/** Gaussian elimination with partial pivoting on a copy of `m`; null when a pivot is (nearly) 0. */
function solve(matrix: Float64Array, rhs: Float64Array, d: number): number[] | null {
  const m = matrix.slice();
  const r = rhs.slice();
  let largestDiagonal = 0;
  for (let j = 0; j < d; j += 1) largestDiagonal = Math.max(largestDiagonal, Math.abs(m[j * d + j] as number));
  for (let col = 0; col < d; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < d; row += 1) {
      if (Math.abs(m[row * d + col] as number) > Math.abs(m[pivot * d + col] as number)) pivot = row;
    }
    const p = m[pivot * d + col] as number;
    if (!(Math.abs(p) > SINGULAR * largestDiagonal)) return null;
    if (pivot !== col) {
      for (let k = 0; k < d; k += 1) {
        const held = m[col * d + k] as number;
        m[col * d + k] = m[pivot * d + k] as number;
        m[pivot * d + k] = held;
      }
      const held = r[col] as number;
      r[col] = r[pivot] as number;
      r[pivot] = held;
    }
    for (let row = col + 1; row < d; row += 1) {
      const factor = (m[row * d + col] as number) / p;
      for (let k = col; k < d; k += 1) m[row * d + k] = (m[row * d + k] as number) - factor * (m[col * d + k] as number);
      r[row] = (r[row] as number) - factor * (r[col] as number);
    }
  }
  const w = new Array<number>(d).fill(0);
  for (let row = d - 1; row >= 0; row -= 1) {
    let sum = r[row] as number;
    for (let k = row + 1; k < d; k += 1) sum -= (m[row * d + k] as number) * (w[k] as number);
    w[row] = sum / (m[row * d + row] as number);
  }
  return w;
}

/** Examples whose inputs were rescaled, and the scale of each input column. */
export interface Normalised {
  /** `inputs[j] / scales[j]` for every example; goals unchanged. */
  readonly examples: SeveralExample[];
  /** The largest `|inputs[j]|` over the examples, or 1 for a column of zeros. */
  readonly scales: number[];
}

/**
 * Rescales each input column by its largest magnitude, so every input lies in [−1, 1]: budgets in
 * dollars and runtimes in minutes become numbers of the same size, and one learning rate suits
 * both weights. Only the units change, never the model: `x · w = (x / s) · (s · w)`, so
 * predictions, errors and the best fit are the same, and a scaled weight maps back to raw units
 * with {@link toRawWeights} (`w = v / s`). (Standardising by mean and standard deviation would
 * shift the inputs, which changes a model without a bias term, so it is not used here.)
 */
export function normalise(examples: readonly SeveralExample[]): Normalised {
  const d = examples[0]?.inputs.length ?? 0;
  const scales = new Array<number>(d).fill(0);
  for (const { inputs } of examples) {
    for (let j = 0; j < d; j += 1) scales[j] = Math.max(scales[j] as number, Math.abs(inputs[j] ?? 0));
  }
  for (let j = 0; j < d; j += 1) if (scales[j] === 0) scales[j] = 1;
  return {
    examples: examples.map(({ inputs, goal }) => ({ inputs: inputs.map((x, j) => x / (scales[j] ?? 1)), goal })),
    scales,
  };
}

/** Weights learnt on {@link normalise}d inputs, in the inputs' raw units: `w[j] = v[j] / scales[j]`. */
export function toRawWeights(scaledWeights: readonly number[], scales: readonly number[]): number[] {
  return scaledWeights.map((v, j) => v / (scales[j] ?? 1));
}

/** Raw weights in the units of {@link normalise}d inputs: `v[j] = w[j] · scales[j]`. */
export function toScaledWeights(rawWeights: readonly number[], scales: readonly number[]): number[] {
  return rawWeights.map((w, j) => w * (scales[j] ?? 1));
}

/**
 * How the error bowl curves: the eigenvalues of `M = (1/n) Σ x xᵀ`. Every batch update multiplies
 * the gap to the best weights along each eigenvector by `1 − alpha · λ`, so
 * alpha must stay below `2 / largest`, and the fastest fixed alpha, `2 / (largest + smallest)`,
 * shrinks the slowest direction by `(largest − smallest) / (largest + smallest)` per update.
 * A long, thin bowl (a large condition number `largest / smallest`) learns slowly at any alpha;
 * {@link normalise} makes it rounder.
 */
export interface Curvature {
  readonly largest: number;
  readonly smallest: number;
  /** `largest / smallest`, or null when the smallest is 0. */
  readonly conditionNumber: number | null;
  /** `2 / largest`: any larger alpha diverges. Null when every input is 0. */
  readonly edgeAlpha: number | null;
  /** `2 / (largest + smallest)`: the alpha that shrinks the slowest direction fastest. */
  readonly bestAlpha: number | null;
  /** `(largest − smallest) / (largest + smallest)`: the gap's shrink factor per update at `bestAlpha`. */
  readonly bestRate: number | null;
}

/**
 * The {@link Curvature} of the examples' error bowl, from the cyclic Jacobi eigenvalue method
 * (exact for one or two inputs after one rotation). Null for no examples, examples of different
 * lengths, or a matrix too large for 64-bit floats.
 */
export function curvatureOf(examples: readonly SeveralExample[]): Curvature | null {
  const d = examples[0]?.inputs.length ?? 0;
  if (d === 0 || examples.some((e) => e.inputs.length !== d)) return null;
  const n = examples.length;
  const m = new Float64Array(d * d);
  for (const { inputs } of examples) {
    for (let j = 0; j < d; j += 1) {
      for (let k = 0; k < d; k += 1) m[j * d + k] = (m[j * d + k] as number) + (inputs[j] as number) * (inputs[k] as number);
    }
  }
  for (let j = 0; j < d * d; j += 1) m[j] = (m[j] as number) / n;
  if (!m.every(Number.isFinite)) return null;
  const values = symmetricEigenvalues(m, d);
  const largest = Math.max(0, ...values);
  const smallest = Math.max(0, Math.min(...values));
  const usable = largest > 0 && Number.isFinite(2 / largest);
  return {
    largest,
    smallest,
    conditionNumber: smallest > 0 ? largest / smallest : null,
    edgeAlpha: usable ? 2 / largest : null,
    bestAlpha: usable ? 2 / (largest + smallest) : null,
    bestRate: usable ? (largest - smallest) / (largest + smallest) : null,
  };
}

/** Eigenvalues of a symmetric d × d matrix (row-major, overwritten) by cyclic Jacobi rotations. */
function symmetricEigenvalues(a: Float64Array, d: number): number[] {
  for (let sweep = 0; sweep < 64; sweep += 1) {
    let off = 0;
    let diagonal = 0;
    for (let p = 0; p < d; p += 1) {
      diagonal += (a[p * d + p] as number) ** 2;
      for (let q = p + 1; q < d; q += 1) off += (a[p * d + q] as number) ** 2;
    }
    if (off <= 1e-32 * diagonal) break;
    for (let p = 0; p < d; p += 1) {
      for (let q = p + 1; q < d; q += 1) {
        const apq = a[p * d + q] as number;
        if (apq === 0) continue;
        const theta = ((a[q * d + q] as number) - (a[p * d + p] as number)) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k += 1) {
          const akp = a[k * d + p] as number;
          const akq = a[k * d + q] as number;
          a[k * d + p] = c * akp - s * akq;
          a[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k += 1) {
          const apk = a[p * d + k] as number;
          const aqk = a[q * d + k] as number;
          a[p * d + k] = c * apk - s * aqk;
          a[q * d + k] = s * apk + c * aqk;
        }
        a[p * d + q] = 0;
        a[q * d + p] = 0;
      }
    }
  }
  return Array.from({ length: d }, (_, j) => a[j * d + j] as number);
}

/** The mean squared error over a grid of two weights, for a contour map. */
export interface ErrorSurface {
  /** The `resolution` values of weight 1, evenly spaced from its range's start to its end (columns). */
  readonly w1: Float64Array;
  /** The `resolution` values of weight 2 (rows). */
  readonly w2: Float64Array;
  /** `mse[row * resolution + column]` at `(w1[column], w2[row])`; +Infinity where it overflows, never NaN. */
  readonly mse: Float64Array;
  /**
   * `log10(mse)` at the same cells, computed from the deltas scaled by the largest one, so it is
   * finite where the mse itself overflows or underflows; an exact fit (mse 0) gives
   * {@link LOG10_MSE_FLOOR}. +Infinity only where a prediction itself cannot be represented.
   */
  readonly log10Mse: Float64Array;
  readonly resolution: number;
  /** The grid cell with the smallest error. */
  readonly lowest: { readonly w1: number; readonly w2: number; readonly mse: number; readonly row: number; readonly column: number };
}

/** What `log10Mse` shows for an exact fit: the log of the smallest positive double, about −323.3. */
export const LOG10_MSE_FLOOR = Math.log10(Number.MIN_VALUE);

/** The largest grid {@link errorSurface} draws, per side. */
export const MAX_SURFACE_RESOLUTION = 1000;

/**
 * The mean squared error of the two-input model over a `resolution × resolution` grid of weights:
 * the landscape whose lowest point {@link bestWeights} finds and down which gradient descent
 * walks. Costs `resolution² × n` predictions; nothing is allocated per cell.
 *
 * @throws {RangeError} for examples without exactly two inputs, non-finite or reversed ranges, or a
 * resolution that is not a whole number from 2 to {@link MAX_SURFACE_RESOLUTION}.
 */
export function errorSurface(
  examples: readonly SeveralExample[],
  w1Range: readonly [number, number],
  w2Range: readonly [number, number],
  resolution: number,
): ErrorSurface {
  if (examples.length === 0) throw new RangeError('There must be at least one example.');
  if (!Number.isInteger(resolution) || resolution < 2 || resolution > MAX_SURFACE_RESOLUTION) {
    throw new RangeError(`The resolution must be a whole number from 2 to ${MAX_SURFACE_RESOLUTION}.`);
  }
  for (const [from, to] of [w1Range, w2Range]) {
    if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) {
      throw new RangeError('Each weight range must be two finite numbers, the smaller first.');
    }
  }
  const table = tableOf(examples, 2);
  const axis = ([from, to]: readonly [number, number]): Float64Array =>
    Float64Array.from({ length: resolution }, (_, k) => (k === resolution - 1 ? to : from + ((to - from) * k) / (resolution - 1)));
  const w1 = axis(w1Range);
  const w2 = axis(w2Range);
  const mse = new Float64Array(resolution * resolution);
  const log10Mse = new Float64Array(resolution * resolution);
  let best = 0;
  for (let row = 0; row < resolution; row += 1) {
    for (let column = 0; column < resolution; column += 1) {
      const cell = row * resolution + column;
      const a = w1[column] as number;
      const b = w2[row] as number;
      const value = cellMse(table, a, b);
      const log = value >= MIN_NORMAL && value < Infinity ? Math.log10(value) : cellLog10Mse(table, a, b);
      mse[cell] = value;
      log10Mse[cell] = log;
      if (log < (log10Mse[best] as number)) best = cell;
    }
  }
  const row = Math.floor(best / resolution);
  const column = best % resolution;
  return {
    w1,
    w2,
    mse,
    log10Mse,
    resolution,
    lowest: { w1: w1[column] as number, w2: w2[row] as number, mse: mse[best] as number, row, column },
  };
}

const MIN_NORMAL = 2 ** -1022;
/** 2⁻⁶⁰⁰: scales weights down when a prediction overflows, so its logarithm can still be taken. */
const SHRINK = 2 ** -600;
const LOG10_SHRINK = -600 * Math.log10(2);

function cellMse(table: Table, a: number, b: number): number {
  const { n, xs, ys } = table;
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    const delta = (xs[2 * i] as number) * a + (xs[2 * i + 1] as number) * b - (ys[i] as number);
    sum += delta * delta;
  }
  const value = sum / n;
  return Number.isNaN(value) ? Infinity : value;
}

/** `log10` of the mean of `delta²`, with every delta divided by the largest first; `shrink` rescales overflowing predictions. */
function cellLog10Mse(table: Table, a: number, b: number, shrink = 1): number {
  const { n, xs, ys } = table;
  let largest = 0;
  for (let i = 0; i < n; i += 1) {
    const delta = (xs[2 * i] as number) * (a * shrink) + (xs[2 * i + 1] as number) * (b * shrink) - (ys[i] as number) * shrink;
    largest = Math.max(largest, Math.abs(delta));
  }
  if (Number.isNaN(largest) || largest === Infinity) {
    return shrink === 1 ? cellLog10Mse(table, a, b, SHRINK) : Infinity;
  }
  if (largest === 0) return LOG10_MSE_FLOOR;
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    const delta = (xs[2 * i] as number) * (a * shrink) + (xs[2 * i + 1] as number) * (b * shrink) - (ys[i] as number) * shrink;
    const ratio = delta / largest;
    sum += ratio * ratio;
  }
  const log = 2 * Math.log10(largest) + Math.log10(sum / n) - (shrink === 1 ? 0 : 2 * LOG10_SHRINK);
  return Math.max(LOG10_MSE_FLOOR, log);
}

/** An example with one input and several goals, e.g. a budget and both its worldwide and domestic gross. */
export interface OutputsExample {
  readonly input: number;
  readonly goals: readonly number[];
}

/**
 * One input predicting several goals, `predictions[k] = input · weights[k]`, is several
 * independent one-weight problems: the error of output k depends on weight k alone, so its update
 * does too. This splits the examples into one list per output, `{ input, goal: goals[k] }`.
 *
 * @throws {RangeError} when the examples do not all have the same number of goals.
 */
export function splitOutputs(examples: readonly OutputsExample[]): Example[][] {
  const count = examples[0]?.goals.length ?? 0;
  if (examples.some((e) => e.goals.length !== count)) throw new RangeError('Every example must have the same number of goals.');
  return Array.from({ length: count }, (_, k) => examples.map(({ input, goals }) => ({ input, goal: goals[k] as number })));
}

/** Predict several outputs from one input: `predictions[k] = input · weights[k]`. */
export function predictOutputs(input: number, weights: readonly number[]): number[] {
  return weights.map((w) => input * w);
}

/**
 * Trains one weight per output, each with `trainMany` on its own goals, from its own starting
 * weight: see {@link splitOutputs} for why that is the whole story.
 *
 * @throws {ExamplesParamsError} for mismatched goals and weights, or any run's bad settings.
 */
export function trainOutputs(
  params: { readonly examples: readonly OutputsExample[]; readonly alpha: number; readonly startWeights: readonly number[] },
  options: ManyOptions = { mode: 'batch' },
): ManyRun[] {
  const { examples, alpha, startWeights } = params;
  if (startWeights.length === 0 || examples.some((e) => e.goals.length !== startWeights.length)) {
    throw new ExamplesParamsError([
      { key: 'startWeights', message: 'There must be one starting weight per goal, and every example must have that many goals.' },
    ]);
  }
  return splitOutputs(examples).map((outputExamples, k) =>
    trainMany({ examples: outputExamples, alpha, startWeight: startWeights[k] as number }, options),
  );
}
