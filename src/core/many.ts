import type { Example } from './model.ts';
import { DEFAULT_MAX_UPDATES, MAX_UPDATES_LIMIT } from './params.ts';
import { DEFAULT_SEED, MAX_SEED, mulberry32, shuffleInPlace } from './random.ts';
import { regimeOf, type Regime } from './regime.ts';

/**
 * Many examples, one weight. The model is still `prediction = input * weight`, but now it must
 * serve every example at once, so the error it learns from is the mean of the squared errors:
 *
 *     meanSquaredError(w) = (1/n) Σᵢ (inputᵢ · w − goalᵢ)²
 *
 * and each example's update is the article's `weightDelta = delta * input`. Batch gradient
 * descent averages them, `meanWeightDelta = (1/n) Σᵢ deltaᵢ · inputᵢ`, and makes one update
 * `newWeight = weight − meanWeightDelta * alpha`; stochastic gradient descent makes one update per
 * example, one example at a time. Like the article, the update leaves out the factor 2 of the
 * true slope: `d meanSquaredError / dw = 2 · meanWeightDelta`.
 */

/** Everything one run over many examples depends on. */
export interface ManyParams {
  /** What the model learns from: at least one `{ input, goal }`. */
  readonly examples: readonly Example[];
  /** The learning rate. */
  readonly alpha: number;
  /** The weight the model starts from. */
  readonly startWeight: number;
}

/** Which examples each update learns from. */
export type ManyMode =
  /** Every update uses the mean of all the examples' weightDeltas. */
  | 'batch'
  /** Every update uses one example's weightDelta; an epoch visits every example once. */
  | 'stochastic';

/** The order a stochastic run visits the examples in, epoch after epoch. */
export type ManyOrder =
  /** 0, 1, …, n − 1 every epoch. */
  | 'in-order'
  /** A fresh Fisher–Yates shuffle of the examples at the start of every epoch, from the seeded generator. */
  | 'shuffled';

/** How a run over many examples learns, and when it may stop early. */
export interface ManyOptions {
  readonly mode: ManyMode;
  /** Stochastic runs only; default 'in-order'. */
  readonly order?: ManyOrder;
  /** The seed of the shuffles (an integer from 0 to 2³² − 1); default {@link DEFAULT_SEED}. Only 'shuffled' uses it. */
  readonly seed?: number;
  /**
   * Stop when `|meanWeightDelta| <= tolerance`, the mean over all examples at the current weight
   * (in goal units × input units). Batch runs check it before every update, stochastic runs at
   * the start of every epoch. 0 (the default) stops only when it is exactly 0.
   */
  readonly tolerance?: number;
  /** The most weight updates a run may make (one per example in a stochastic run); default 20,000. */
  readonly maxUpdates?: number;
}

/**
 * Why a run over many examples ended. Every run ends with exactly one of these. "Checked
 * points" are every iteration of a batch run and every epoch start (iterations 0, n, 2n, …) of a
 * stochastic run.
 */
export type ManyStopReason =
  /**
   * At a checked point the mean weightDelta over all examples is exactly 0 (or too small for a
   * double, so no update could move the weight): the weight is the least-squares weight as
   * closely as doubles can tell. With one example (input not 0) this is the article's rule,
   * `delta = 0`, since `meanWeightDelta = delta * input`. When every input is 0 the mean is always
   * 0 but nothing is learned, and the run says 'stalled' instead, as `train` does.
   */
  | { readonly kind: 'converged' }
  /** At a checked point `|meanWeightDelta|` fell to the tolerance or below. */
  | { readonly kind: 'tolerance'; readonly tolerance: number }
  /**
   * The weight stopped changing: a batch update left it as it was, or a whole stochastic epoch
   * went by without any update moving it (each correction is below the gap between neighbouring
   * doubles, or alpha is 0).
   */
  | { readonly kind: 'stalled' }
  /**
   * The run came back to a state it had before and would repeat `period` weights forever from
   * iteration `start`. Batch runs compare every weight; in-order stochastic runs compare the
   * weights at epoch starts, so their period is a whole number of epochs (a multiple of n).
   * Shuffled runs never cycle: the next epoch's order is always new.
   */
  | { readonly kind: 'cycle'; readonly period: number; readonly start: number }
  /**
   * A number outgrew the largest 64-bit float. With `overflowed: 'update'` the last iteration's
   * update would give a non-finite weight (its `newWeight` is null; for batch its weightDelta may
   * be the number that overflowed), so update number `iteration + 1` is the one that overflows;
   * with `'prediction'` the weight reached at `iteration` is finite but a prediction it needs
   * (every example's for batch, its example's for stochastic) is not, so no iteration is
   * recorded for it. As in `train`.
   */
  | { readonly kind: 'diverged'; readonly iteration: number; readonly overflowed: 'update' | 'prediction' }
  /** The run made `maxUpdates` updates without any other reason to stop. */
  | { readonly kind: 'cap'; readonly maxUpdates: number };

/**
 * A whole run over many examples, indexable like `Run`: iteration `i` predicts with
 * `weights[i]`, and everything else is recomputed exactly by {@link iterationManyAt}.
 */
export interface ManyRun {
  readonly params: ManyParams;
  readonly mode: ManyMode;
  /** 'in-order' for batch runs, which use every example at once. */
  readonly order: ManyOrder;
  readonly seed: number;
  readonly tolerance: number;
  readonly maxUpdates: number;
  /** `weights[i]` is the weight iteration `i` predicts with; every entry is finite. */
  readonly weights: Float64Array;
  /** Stochastic runs: `examplesUsed[i]` is the index of the example iteration `i` learns from. Null for batch. */
  readonly examplesUsed: Uint32Array | null;
  /** The number of iterations in the run, at least 1. */
  readonly length: number;
  readonly stop: ManyStopReason;
}

/** One iteration of a run over many examples. */
export interface ManyIteration {
  /** 0 for the first. */
  readonly index: number;
  /** The weight this iteration predicts with. */
  readonly weight: number;
  /** Stochastic runs: the one example this update learns from. Null for batch. */
  readonly example: {
    readonly index: number;
    /** `input * weight`. */
    readonly prediction: number;
    /** `prediction - goal`. */
    readonly delta: number;
  } | null;
  /** `(1/n) Σ deltaᵢ²` over all examples, or null when it is too large for a 64-bit float. */
  readonly meanSquaredError: number | null;
  /** `(1/n) Σ deltaᵢ · inputᵢ` over all examples (half the slope of the mean squared error), or null on overflow. */
  readonly meanWeightDelta: number | null;
  /** The correction this update applies: `meanWeightDelta` for batch, `delta * input` of its example for stochastic. */
  readonly weightDelta: number | null;
  /** `weight - weightDelta * alpha`, or null when it overflows (the update that ends a diverging run). */
  readonly newWeight: number | null;
}

/** Which setting a problem is about. */
export type ExamplesProblemKey =
  | 'examples'
  | 'alpha'
  | 'startWeight'
  | 'startWeights'
  | 'mode'
  | 'order'
  | 'seed'
  | 'tolerance'
  | 'maxUpdates';

/** One thing wrong with the settings of a run over many examples, said for people. */
export interface ExamplesProblem {
  readonly key: ExamplesProblemKey;
  readonly message: string;
}

/** Thrown by the trainers over many examples for settings that cannot make a run; `problems` says why. */
export class ExamplesParamsError extends Error {
  readonly problems: readonly ExamplesProblem[];
  constructor(problems: readonly ExamplesProblem[]) {
    super(problems.map((p) => `${p.key}: ${p.message}`).join('; '));
    this.name = 'ExamplesParamsError';
    this.problems = problems;
  }
}

const isNumber = (x: unknown): x is number => typeof x === 'number';
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Problems with a finite-number setting, in the words `train` uses. Internal: shared with several.ts. */
export function numberProblems(key: ExamplesProblemKey, label: string, value: unknown): ExamplesProblem[] {
  if (!isNumber(value) || Number.isNaN(value)) return [{ key, message: `${label} must be a number.` }];
  if (!Number.isFinite(value)) return [{ key, message: `${label} must be finite, not infinite.` }];
  return [];
}

/** Problems with the stop options every trainer shares: tolerance and maxUpdates. Internal: shared with several.ts. */
export function stopOptionProblems(options: { readonly tolerance?: unknown; readonly maxUpdates?: unknown }): ExamplesProblem[] {
  const problems: ExamplesProblem[] = [];
  const { tolerance, maxUpdates } = options;
  if (tolerance !== undefined && !(isNumber(tolerance) && Number.isFinite(tolerance) && tolerance >= 0)) {
    problems.push({ key: 'tolerance', message: 'The tolerance must be a finite number of 0 or more.' });
  }
  if (
    maxUpdates !== undefined &&
    !(isNumber(maxUpdates) && Number.isInteger(maxUpdates) && maxUpdates >= 1 && maxUpdates <= MAX_UPDATES_LIMIT)
  ) {
    problems.push({ key: 'maxUpdates', message: `The iteration cap must be a whole number from 1 to ${MAX_UPDATES_LIMIT}.` });
  }
  return problems;
}

/**
 * Every reason these settings cannot make a run, or an empty list. Accepts `unknown` values so
 * it can vet anything a reader, a file or a URL hands over. Like `checkParams` it also requires
 * every first prediction and delta to be finite, so the first iteration can always be recorded.
 */
export function checkManyParams(
  params: Record<keyof ManyParams, unknown>,
  options: { readonly [K in keyof ManyOptions]?: unknown } = { mode: 'batch' },
): ExamplesProblem[] {
  const problems: ExamplesProblem[] = [];
  const { examples, alpha, startWeight } = params;
  if (!Array.isArray(examples) || examples.length === 0) {
    problems.push({ key: 'examples', message: 'There must be at least one example.' });
  } else {
    (examples as unknown[]).forEach((example, i) => {
      const { input, goal } = (typeof example === 'object' && example !== null ? example : {}) as Record<string, unknown>;
      const bad = [...numberProblems('examples', 'its input', input), ...numberProblems('examples', 'its goal', goal)];
      for (const problem of bad) problems.push({ key: 'examples', message: `Example ${i + 1}: ${problem.message}` });
    });
  }
  problems.push(...numberProblems('alpha', 'The learning rate', alpha));
  problems.push(...numberProblems('startWeight', 'The starting weight', startWeight));
  if (problems.length === 0) {
    const { xs, ys } = columnsOf(examples as readonly Example[]);
    if (!deltasFinite(startWeight as number, xs, ys)) {
      problems.push({
        key: 'startWeight',
        message: 'A first prediction (input × starting weight) is too large for a 64-bit number.',
      });
    }
  }
  const { mode, order, seed } = options;
  if (mode !== 'batch' && mode !== 'stochastic') {
    problems.push({ key: 'mode', message: "The mode must be 'batch' or 'stochastic'." });
  }
  if (order !== undefined && order !== 'in-order' && order !== 'shuffled') {
    problems.push({ key: 'order', message: "The order must be 'in-order' or 'shuffled'." });
  }
  if (seed !== undefined && !(isNumber(seed) && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED)) {
    problems.push({ key: 'seed', message: `The seed must be a whole number from 0 to ${MAX_SEED}.` });
  }
  problems.push(...stopOptionProblems(options));
  return problems;
}

/** The inputs and goals as two columns, the layout the trainers' loops read fastest. */
function columnsOf(examples: readonly Example[]): { xs: Float64Array; ys: Float64Array } {
  const n = examples.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const { input, goal } = examples[i] as Example;
    xs[i] = input;
    ys[i] = goal;
  }
  return { xs, ys };
}

/**
 * `(1/n) Σᵢ (xᵢ · w − yᵢ) · xᵢ`, summed in example order. The trainer and {@link iterationManyAt}
 * both call this, so the two agree bit for bit. NaN or ±Infinity when a term or the sum overflows.
 */
function meanWeightDeltaOf(weight: number, xs: Float64Array, ys: Float64Array): number {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    const x = xs[i] as number;
    sum += (x * weight - (ys[i] as number)) * x;
  }
  return sum / n;
}

/** Whether every prediction and delta `xᵢ · w − yᵢ` is finite at this weight. */
function deltasFinite(weight: number, xs: Float64Array, ys: Float64Array): boolean {
  const n = xs.length;
  for (let i = 0; i < n; i += 1) {
    const delta = (xs[i] as number) * weight - (ys[i] as number);
    if (delta - delta !== 0) return false;
  }
  return true;
}

/** `(1/n) Σᵢ (xᵢ · w − yᵢ)²`, summed in example order; +Infinity (or NaN) when it overflows. */
function meanSquaredErrorOf(weight: number, xs: Float64Array, ys: Float64Array): number {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    const delta = (xs[i] as number) * weight - (ys[i] as number);
    sum += delta * delta;
  }
  return sum / n;
}

function requireExamples(examples: readonly Example[]): void {
  if (examples.length === 0) throw new RangeError('There must be at least one example.');
}

/**
 * The error over many examples: `meanSquaredError(w) = (1/n) Σᵢ (inputᵢ · w − goalᵢ)²`.
 * +Infinity when the squares are too large for a 64-bit float.
 *
 * @throws {RangeError} for an empty list of examples.
 */
export function meanSquaredError(weight: number, examples: readonly Example[]): number {
  requireExamples(examples);
  // The same sum, in the same order, as meanSquaredErrorOf, without copying the examples.
  let sum = 0;
  for (const { input, goal } of examples) {
    const delta = input * weight - goal;
    sum += delta * delta;
  }
  const mse = sum / examples.length;
  return Number.isNaN(mse) ? Infinity : mse;
}

/**
 * The batch correction: `meanWeightDelta(w) = (1/n) Σᵢ deltaᵢ · inputᵢ` with
 * `deltaᵢ = inputᵢ · w − goalᵢ`. It is half the slope of {@link meanSquaredError} and equals
 * `mean(input²) · (w − bestWeight)`, so it is 0 exactly at the best weight.
 *
 * @throws {RangeError} for an empty list of examples.
 */
export function meanWeightDelta(weight: number, examples: readonly Example[]): number {
  requireExamples(examples);
  // The same sum, in the same order, as meanWeightDeltaOf, without copying the examples.
  let sum = 0;
  for (const { input, goal } of examples) sum += (input * weight - goal) * input;
  return sum / examples.length;
}

/**
 * The least-squares weight through the origin, in closed form: setting the slope of the mean
 * squared error to 0 gives `bestWeight = Σ inputᵢ · goalᵢ / Σ inputᵢ²`. Computed on inputs and
 * goals divided by their largest magnitudes, so the sums cannot overflow or underflow; the scales
 * are multiplied back in at the end. Null when every input is 0 (any weight is as good) or when
 * the weight is too large for a 64-bit float. For one example it is the article's `goal / input`.
 */
export function bestWeight(examples: readonly Example[]): number | null {
  let inputScale = 0;
  let goalScale = 0;
  for (const { input, goal } of examples) {
    inputScale = Math.max(inputScale, Math.abs(input));
    goalScale = Math.max(goalScale, Math.abs(goal));
  }
  if (!(inputScale > 0) || !Number.isFinite(inputScale) || !Number.isFinite(goalScale)) return null;
  if (goalScale === 0) return 0;
  let sxy = 0;
  let sxx = 0;
  for (const { input, goal } of examples) {
    const x = input / inputScale;
    sxy += x * (goal / goalScale);
    sxx += x * x;
  }
  const weight = (sxy / sxx) * (goalScale / inputScale);
  return Number.isFinite(weight) ? weight : null;
}

/** `mean(input²)`: how sharply the batch error curves, the number every batch regime depends on. */
export function meanInputSquare(examples: readonly Example[]): number {
  requireExamples(examples);
  let sum = 0;
  for (const { input } of examples) sum += input * input;
  return sum / examples.length;
}

/**
 * The regime of a batch run, read off `r = 1 − alpha · mean(input²)`. Because
 * `meanWeightDelta(w) = mean(input²) · (w − bestWeight)`, every batch update multiplies the gap
 * `weight − bestWeight` by r, exactly as one example's update multiplies its gap by
 * `1 − alpha · input²`. The one-step learning rate is `1 / mean(input²)`, the edge of stability
 * `2 / mean(input²)` (null when every input is 0 or the mean square is not a usable number).
 * The kind is named by the same thresholds as {@link regimeOf}.
 *
 * @throws {RangeError} for an empty list of examples.
 */
export function regimeOfMany(alpha: number, examples: readonly Example[]): Regime {
  const scale = meanInputSquare(examples);
  // regimeOf(a, 1) has r = 1 − a; with a = alpha · mean(input²) that is this r, classified alike.
  const { kind, r } = regimeOf(alpha * scale, scale === 0 ? 0 : 1);
  const usable = scale > 0 && Number.isFinite(scale) && Number.isFinite(1 / scale) && Number.isFinite(2 / scale);
  return { kind, r, oneStepAlpha: usable ? 1 / scale : null, edgeAlpha: usable ? 2 / scale : null };
}

/** `array` itself while index `needed` fits, else a copy twice as long (at most `cap`). Internal: shared with several.ts. */
export function growFloats(array: Float64Array, needed: number, cap: number): Float64Array {
  if (needed < array.length) return array;
  const grown = new Float64Array(Math.min(array.length * 2, cap));
  grown.set(array);
  return grown;
}

function growIndices(array: Uint32Array, needed: number, cap: number): Uint32Array {
  if (needed < array.length) return array;
  const grown = new Uint32Array(Math.min(array.length * 2, cap));
  grown.set(array);
  return grown;
}

/**
 * Trains the one-weight model on many examples until a stop reason applies
 * (see {@link ManyStopReason}). Always ends: besides convergence and the tolerance it stops on a
 * weight that no longer changes, a cycle (Brent's algorithm: one comparison per update for batch,
 * per epoch for in-order stochastic runs), an overflow before any Infinity or NaN is kept, and the
 * update cap. Batch updates cost one pass over the examples; stochastic updates cost one example,
 * plus one pass per epoch to check convergence. Nothing is allocated inside the loop except when
 * the record doubles in size.
 *
 * With one example and no tolerance, a batch or stochastic run goes through exactly the weights
 * `train` does and stops for the matching reason ('converged' where `train` says 'exact').
 *
 * @throws {ExamplesParamsError} when the settings cannot make a run (see {@link checkManyParams}).
 */
export function trainMany(params: ManyParams, options: ManyOptions): ManyRun {
  const problems = checkManyParams(params, options);
  if (problems.length > 0) throw new ExamplesParamsError(problems);
  const tolerance = options.tolerance ?? 0;
  const maxUpdates = options.maxUpdates ?? DEFAULT_MAX_UPDATES;
  const seed = options.seed ?? DEFAULT_SEED;
  const { xs, ys } = columnsOf(params.examples);
  if (options.mode === 'batch') {
    const { weights, length, stop } = runBatch(xs, ys, params.alpha, params.startWeight, tolerance, maxUpdates);
    return { params, mode: 'batch', order: 'in-order', seed, tolerance, maxUpdates, weights, examplesUsed: null, length, stop };
  }
  const order = options.order ?? 'in-order';
  const { weights, examplesUsed, length, stop } = runStochastic(
    xs,
    ys,
    params.alpha,
    params.startWeight,
    tolerance,
    maxUpdates,
    order === 'shuffled' ? seed : null,
  );
  return { params, mode: 'stochastic', order, seed, tolerance, maxUpdates, weights, examplesUsed, length, stop };
}

interface Recorded {
  readonly weights: Float64Array;
  readonly length: number;
  readonly stop: ManyStopReason;
}

function runBatch(xs: Float64Array, ys: Float64Array, alpha: number, startWeight: number, tolerance: number, maxUpdates: number): Recorded {
  const cap = maxUpdates + 1;
  let weights: Float64Array = new Float64Array(Math.min(cap, 1024));
  const learnable = xs.some((x) => x !== 0);
  let weight = startWeight;
  let i = 0;
  let saved = weight;
  let savedIndex = 0;
  let power = 1;
  let stop: ManyStopReason;
  let length: number;

  for (;;) {
    weights = growFloats(weights, i, cap);
    weights[i] = weight;
    const g = meanWeightDeltaOf(weight, xs, ys);
    // `x - x !== 0` holds only for ±Infinity and NaN, and is cheaper than Number.isFinite.
    if (g - g !== 0) {
      // Only now, at the end of a diverging run, look at which number overflowed.
      if (deltasFinite(weight, xs, ys)) {
        stop = { kind: 'diverged', iteration: i, overflowed: 'update' };
        length = i + 1;
      } else {
        stop = { kind: 'diverged', iteration: i, overflowed: 'prediction' };
        length = i;
      }
      break;
    }
    if (g === 0) {
      stop = learnable ? { kind: 'converged' } : { kind: 'stalled' };
      length = i + 1;
      break;
    }
    if (Math.abs(g) <= tolerance) {
      stop = { kind: 'tolerance', tolerance };
      length = i + 1;
      break;
    }
    if (i === maxUpdates) {
      stop = { kind: 'cap', maxUpdates };
      length = i + 1;
      break;
    }
    const newWeight = weight - g * alpha;
    if (newWeight - newWeight !== 0) {
      stop = { kind: 'diverged', iteration: i, overflowed: 'update' };
      length = i + 1;
      break;
    }
    if (newWeight === weight) {
      stop = { kind: 'stalled' };
      length = i + 1;
      break;
    }
    // Brent's cycle detection, as in `train`: compare with a saved weight, and move the saved
    // one forward whenever the distance to it reaches the next power of two.
    if (newWeight === saved) {
      const period = i + 1 - savedIndex;
      const start = firstRepeat(weights, i, newWeight, period);
      stop = { kind: 'cycle', period, start };
      length = start + period;
      break;
    }
    if (i + 1 - savedIndex === power) {
      saved = newWeight;
      savedIndex = i + 1;
      power *= 2;
    }
    weight = newWeight;
    i += 1;
  }
  return { weights: weights.slice(0, length), length, stop };
}

/**
 * The first index whose weight comes back `period` iterations later. `weights[0..last]` are
 * stored and `next` is the weight that would follow `last` (pass `weights[last]` itself and
 * `last − 1` when the repeat is among the stored weights).
 */
function firstRepeat(weights: Float64Array, last: number, next: number, period: number): number {
  const at = (j: number): number => (j <= last ? (weights[j] as number) : next);
  let start = 0;
  while (start + period <= last && at(start) !== at(start + period)) start += 1;
  return start;
}

function runStochastic(
  xs: Float64Array,
  ys: Float64Array,
  alpha: number,
  startWeight: number,
  tolerance: number,
  maxUpdates: number,
  shuffleSeed: number | null,
): Recorded & { readonly examplesUsed: Uint32Array } {
  const n = xs.length;
  const cap = maxUpdates + 1;
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k += 1) order[k] = k;
  const random = shuffleSeed === null ? null : mulberry32(shuffleSeed);
  let weights: Float64Array = new Float64Array(Math.min(cap, 1024));
  let used: Uint32Array = new Uint32Array(weights.length);
  const learnable = xs.some((x) => x !== 0);
  let weight = startWeight;
  let i = 0;
  let position = 0;
  let epoch = 0;
  let moved = false;
  // Brent's cycle detection over the weights at epoch starts (in-order runs only).
  let saved = weight;
  let savedEpoch = 0;
  let power = 1;
  let stop: ManyStopReason | null = null;
  let length: number;

  for (;;) {
    weights = growFloats(weights, i, cap);
    used = growIndices(used, i, cap);
    weights[i] = weight;
    if (position === 0) {
      const g = meanWeightDeltaOf(weight, xs, ys);
      if (g === 0) stop = learnable ? { kind: 'converged' } : { kind: 'stalled' };
      else if (Math.abs(g) <= tolerance) stop = { kind: 'tolerance', tolerance };
      if (stop !== null) {
        length = i + 1;
        break;
      }
      if (epoch > 0 && !moved) {
        // No update of the last epoch moved the weight, and each update depends only on the
        // weight and its example, so none ever will. As in `train`, the last iteration kept is
        // the last update that left the weight unchanged.
        stop = { kind: 'stalled' };
        length = i;
        break;
      }
      if (random === null && epoch > 0) {
        if (weight === saved) {
          // The state (weight, position 0) repeats, so the run is periodic from the first index
          // whose weight comes back a whole number of epochs later.
          const period = (epoch - savedEpoch) * n;
          const start = firstRepeat(weights, i - 1, weight, period);
          stop = { kind: 'cycle', period, start };
          length = start + period;
          break;
        }
        if (epoch - savedEpoch === power) {
          saved = weight;
          savedEpoch = epoch;
          power *= 2;
        }
      }
      moved = false;
      if (random !== null) shuffleInPlace(order, random);
    }
    const k = order[position] as number;
    used[i] = k;
    const x = xs[k] as number;
    const delta = x * weight - (ys[k] as number);
    if (delta - delta !== 0) {
      stop = { kind: 'diverged', iteration: i, overflowed: 'prediction' };
      length = i;
      break;
    }
    if (i === maxUpdates) {
      stop = { kind: 'cap', maxUpdates };
      length = i + 1;
      break;
    }
    const newWeight = weight - delta * x * alpha;
    if (newWeight - newWeight !== 0) {
      stop = { kind: 'diverged', iteration: i, overflowed: 'update' };
      length = i + 1;
      break;
    }
    if (newWeight !== weight) moved = true;
    weight = newWeight;
    i += 1;
    position += 1;
    if (position === n) {
      position = 0;
      epoch += 1;
    }
  }
  return { weights: weights.slice(0, length), examplesUsed: used.slice(0, length), length, stop };
}

/**
 * Iteration `index` of a run over many examples, every quantity recomputed from its weight with
 * the trainer's own arithmetic: bit for bit what the trainer computed.
 */
export function iterationManyAt(run: ManyRun, index: number): ManyIteration {
  if (!Number.isInteger(index) || index < 0 || index >= run.length) {
    throw new RangeError(`Iteration ${index} is outside this run (0 to ${run.length - 1}).`);
  }
  const { xs, ys } = columnsOf(run.params.examples);
  const { alpha } = run.params;
  const weight = run.weights[index] as number;
  const mean = meanWeightDeltaOf(weight, xs, ys);
  const meanSquared = finiteOrNull(meanSquaredErrorOf(weight, xs, ys));
  let example: ManyIteration['example'] = null;
  let weightDelta = mean;
  if (run.examplesUsed !== null) {
    const k = run.examplesUsed[index] as number;
    const x = xs[k] as number;
    const prediction = x * weight;
    const delta = prediction - (ys[k] as number);
    example = { index: k, prediction, delta };
    weightDelta = delta * x;
  }
  return {
    index,
    weight,
    example,
    meanSquaredError: meanSquared,
    meanWeightDelta: finiteOrNull(mean),
    weightDelta: finiteOrNull(weightDelta),
    newWeight: finiteOrNull(weight - weightDelta * alpha),
  };
}

/** The weight a run over many examples ends on: the one its last iteration used. */
export function finalWeightMany(run: ManyRun): number {
  return run.weights[run.length - 1] as number;
}

/** How many weight updates a run over many examples made, counted as `updatesMade` counts them. */
export function updatesMadeMany(run: ManyRun): number {
  switch (run.stop.kind) {
    case 'cycle':
      return run.length;
    case 'diverged':
      return run.stop.overflowed === 'prediction' ? run.length : run.length - 1;
    default:
      return run.length - 1;
  }
}
