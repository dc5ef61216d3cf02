import { compare, learn, predict } from './model.ts';
import {
  DEFAULT_MAX_UPDATES,
  TrainingParamsError,
  checkParams,
  type TrainOptions,
  type TrainingParams,
} from './params.ts';

/** Why a run ended. Every run ends with exactly one of these. */
export type StopReason =
  /** The prediction equals the goal exactly: the article's own rule. */
  | { readonly kind: 'exact' }
  /** `|delta|` fell to the tolerance or below. */
  | { readonly kind: 'tolerance'; readonly tolerance: number }
  /** The update no longer changes the weight: the correction is smaller than the gap between neighbouring doubles. */
  | { readonly kind: 'stalled' }
  /** The weight came back to a value it had before and would repeat `period` weights forever, from iteration `start`. */
  | { readonly kind: 'cycle'; readonly period: number; readonly start: number }
  /**
   * A number outgrew the largest 64-bit float (about 1.8 × 10³⁰⁸). With `overflowed: 'update'`
   * the last iteration's update would give a non-finite weight (its `newWeight` is null), so
   * update number `iteration + 1` is the one that overflows; with `'prediction'` the weight
   * reached at `iteration` is finite but its prediction is not, so no iteration is recorded for it.
   */
  | { readonly kind: 'diverged'; readonly iteration: number; readonly overflowed: 'update' | 'prediction' }
  /** The run made `maxUpdates` updates without any other reason to stop. */
  | { readonly kind: 'cap'; readonly maxUpdates: number };

/**
 * A whole training run, indexable: iteration `i` predicts with `weights[i]`, and everything
 * else about it (prediction, delta, error, update) is recomputed exactly by {@link iterationAt}.
 * Storing only the weights keeps long runs small and fast to produce.
 */
export interface Run {
  readonly params: TrainingParams;
  readonly tolerance: number;
  readonly maxUpdates: number;
  /** `weights[i]` is the weight used for prediction `i`; every entry is finite. */
  readonly weights: Float64Array;
  /** The number of iterations (predictions) in the run, at least 1. */
  readonly length: number;
  readonly stop: StopReason;
}

/** One iteration of predict, compare, learn, as the tutorial shows it. */
export interface Iteration {
  /** 0 for the first prediction. */
  readonly index: number;
  /** The weight this iteration predicts with. */
  readonly weight: number;
  /** `input * weight`. */
  readonly prediction: number;
  /** `prediction - goal`. */
  readonly delta: number;
  /** `delta²`, or null when it is too large for a 64-bit float (only in a diverging run). */
  readonly error: number | null;
  /** `delta * input`, or null when it overflows. */
  readonly weightDelta: number | null;
  /** `weight - weightDelta * alpha`, or null when it overflows (the update that ends a diverging run). */
  readonly newWeight: number | null;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Trains the one-weight model on one example until a stop reason applies. Always ends: besides
 * the article's exact rule it stops on a tolerance, a weight that no longer changes, a weight
 * that cycles (found with Brent's algorithm, so checking costs one comparison per update), an
 * overflow before any Infinity or NaN is kept, and the update cap.
 *
 * @throws {TrainingParamsError} when the parameters cannot make a run (see `checkParams`).
 */
export function train(params: TrainingParams, options: TrainOptions = {}): Run {
  const problems = checkParams(params, options);
  if (problems.length > 0) throw new TrainingParamsError(problems);

  const { input, goal, alpha, startWeight } = params;
  const tolerance = options.tolerance ?? 0;
  const maxUpdates = options.maxUpdates ?? DEFAULT_MAX_UPDATES;

  // Run once to learn how the run ends, then store exactly its weights (see `descend`).
  const ending = new Float64Array(2);
  const ended = descend(ending, input, goal, alpha, startWeight, tolerance, maxUpdates);
  const i = ending[0] as number;
  let weights = weightsOf(ended === DIVERGED_PREDICTION ? i : i + 1, input, goal, alpha, startWeight);
  let stop: StopReason;
  switch (ended) {
    case DIVERGED_PREDICTION:
      stop = { kind: 'diverged', iteration: i, overflowed: 'prediction' };
      break;
    case EXACT:
      stop = { kind: 'exact' };
      break;
    case TOLERANCE:
      stop = { kind: 'tolerance', tolerance };
      break;
    case CAP:
      stop = { kind: 'cap', maxUpdates };
      break;
    case DIVERGED_UPDATE:
      stop = { kind: 'diverged', iteration: i, overflowed: 'update' };
      break;
    case STALLED:
      stop = { kind: 'stalled' };
      break;
    default: {
      // CYCLE: the weight after iteration i is the one Brent's algorithm saved at ending[1].
      const savedIndex = ending[1] as number;
      const period = i + 1 - savedIndex;
      const start = firstRepeat(weights, i, weights[savedIndex] as number, period);
      stop = { kind: 'cycle', period, start };
      if (start + period < weights.length) weights = weights.slice(0, start + period);
    }
  }
  return { params, tolerance, maxUpdates, weights, length: weights.length, stop };
}

// How `descend` says a run stops.
const DIVERGED_PREDICTION = 0;
const EXACT = 1;
const TOLERANCE = 2;
const CAP = 3;
const DIVERGED_UPDATE = 4;
const STALLED = 5;
const CYCLE = 6;

/**
 * The trainer's loop: predict, compare and learn from `startWeight` until a stop reason applies,
 * storing nothing. Returns why it stopped, with the iteration it stopped on in `ending[0]` and
 * the iteration of the weight Brent's algorithm last saved in `ending[1]`.
 *
 * The run's weights are then computed again, by the same arithmetic, into an array of exactly
 * the run's length (`weightsOf`). The lab trains a whole run on every slider event, and a run's
 * length is known only at its end: growing an array as the run went on made each event allocate
 * several arrays, about four times the run's weights in all, and new memory is what costs. A
 * 20,000-update run took about 2 ms that way in the page; this loop without stores takes a tenth
 * of that (docs/PERFORMANCE.md, tenth pass).
 */
function descend(
  ending: Float64Array,
  input: number,
  goal: number,
  alpha: number,
  startWeight: number,
  tolerance: number,
  maxUpdates: number,
): number {
  let weight = startWeight;
  let i = 0;
  // Brent's cycle detection: compare each new weight with a saved one, and move the saved one
  // forward whenever the distance to it reaches the next power of two.
  let saved = weight;
  let savedIndex = 0;
  let power = 1;
  let ended: number;
  for (;;) {
    // The same arithmetic as predict, compare and learn, written out. `x - x !== 0` holds only
    // for ±Infinity and NaN, and is cheaper than Number.isFinite.
    const delta = input * weight - goal;
    if (delta - delta !== 0) {
      ended = DIVERGED_PREDICTION;
      break;
    }
    if (delta === 0) {
      ended = EXACT;
      break;
    }
    if (Math.abs(delta) <= tolerance) {
      ended = TOLERANCE;
      break;
    }
    if (i === maxUpdates) {
      ended = CAP;
      break;
    }
    const newWeight = weight - delta * input * alpha;
    if (newWeight - newWeight !== 0) {
      ended = DIVERGED_UPDATE;
      break;
    }
    if (newWeight === weight) {
      ended = STALLED;
      break;
    }
    if (newWeight === saved) {
      ended = CYCLE;
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
  ending[0] = i;
  ending[1] = savedIndex;
  return ended;
}

/** The first `count` weights of the run from `startWeight`, by `descend`'s arithmetic (bit for bit the same). */
function weightsOf(count: number, input: number, goal: number, alpha: number, startWeight: number): Float64Array {
  const weights = new Float64Array(count);
  let weight = startWeight;
  for (let i = 0; i < count; i += 1) {
    weights[i] = weight;
    weight = weight - (input * weight - goal) * input * alpha;
  }
  return weights;
}

/**
 * The first index whose weight comes back `period` iterations later. `weights[0..last]` are
 * stored and `next` is the weight that would follow `last`; the scan ends by `last + 1 - period`
 * at the latest, because `next` equals the weight Brent's algorithm saved there.
 */
function firstRepeat(weights: Float64Array, last: number, next: number, period: number): number {
  const at = (j: number): number => (j <= last ? (weights[j] as number) : next);
  let start = 0;
  while (start + period <= last && at(start) !== at(start + period)) start += 1;
  return start;
}

/**
 * Iteration `index` of a run, every quantity recomputed from its weight with
 * {@link predict}, {@link compare} and {@link learn}: bit for bit what the trainer computed.
 */
export function iterationAt(run: Run, index: number): Iteration {
  if (!Number.isInteger(index) || index < 0 || index >= run.length) {
    throw new RangeError(`Iteration ${index} is outside this run (0 to ${run.length - 1}).`);
  }
  const { input, goal, alpha } = run.params;
  const weight = run.weights[index] as number;
  const prediction = predict(input, weight);
  const { delta, error } = compare(prediction, goal);
  const { weightDelta, newWeight } = learn(weight, delta, input, alpha);
  return {
    index,
    weight,
    prediction,
    delta,
    error: finiteOrNull(error),
    weightDelta: finiteOrNull(weightDelta),
    newWeight: finiteOrNull(newWeight),
  };
}

/** The weight the run ends on: the one its last prediction used. */
export function finalWeight(run: Run): number {
  return run.weights[run.length - 1] as number;
}

/**
 * How many weight updates the run made. The article's run makes 72 and its 73rd prediction
 * (iteration 72) meets the goal. A cycling run counts the updates up to its first repeat; a run
 * that overflows counts the updates that stayed finite.
 */
export function updatesMade(run: Run): number {
  switch (run.stop.kind) {
    case 'cycle':
      return run.length;
    case 'diverged':
      return run.stop.overflowed === 'prediction' ? run.length : run.length - 1;
    default:
      return run.length - 1;
  }
}
