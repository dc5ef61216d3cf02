import type { TrainOptions, TrainingParams } from './params.ts';

/**
 * How a run behaves, read off `r = 1 - alpha * input²`: every update multiplies the remaining
 * gap (prediction - goal) by r.
 */
export type RegimeKind =
  | 'moving-away' // alpha < 0, r > 1: each update makes the gap larger
  | 'not-learning' // alpha = 0 (or input 0), r = 1: the weight never changes
  | 'creeping' // 0.99 <= r < 1: converges, but by less than 1% an update
  | 'smooth' // 0 < r < 0.99: the prediction approaches the goal from one side
  | 'one-step' // r = 0, alpha = 1 / input²: the first update lands on the goal
  | 'oscillating' // -1 < r < 0: overshoots, back and forth, but converges
  | 'bouncing' // r = -1, alpha = 2 / input²: jumps between two weights forever
  | 'diverging'; // r < -1: every overshoot is bigger than the last

export interface Regime {
  readonly kind: RegimeKind;
  /** `r = 1 - alpha * input²`. */
  readonly r: number;
  /** `1 / input²`: the learning rate that reaches the goal in one update (null for input 0). */
  readonly oneStepAlpha: number | null;
  /** `2 / input²`: the edge of stability; any larger learning rate diverges (null for input 0). */
  readonly edgeAlpha: number | null;
}

/** How close r must be to 0 or -1 to count as exactly one step or bouncing (doubles round). */
const EXACT_R = 1e-9;
/** Above this r a converging run is called creeping. */
const CREEPING_R = 0.99;

/** The regime of a learning rate for an input: `r = 1 - alpha * input²` and what it means. */
export function regimeOf(alpha: number, input: number): Regime {
  const scale = input * input;
  const r = 1 - alpha * scale;
  const oneStepAlpha = scale === 0 || !Number.isFinite(1 / scale) ? null : 1 / scale;
  const edgeAlpha = oneStepAlpha === null ? null : 2 / scale;
  return { kind: classify(alpha, scale, r), r, oneStepAlpha, edgeAlpha };
}

function classify(alpha: number, scale: number, r: number): RegimeKind {
  if (alpha === 0 || scale === 0) return 'not-learning';
  if (alpha < 0) return 'moving-away';
  if (Math.abs(r) <= EXACT_R) return 'one-step';
  if (Math.abs(r + 1) <= EXACT_R) return 'bouncing';
  if (r >= CREEPING_R) return 'creeping';
  if (r > 0) return 'smooth';
  if (r > -1) return 'oscillating';
  return 'diverging';
}

/** What the regime predicts a run will do, before running it. */
export type Forecast =
  /** The gap shrinks below the stopping distance after about `updates` updates. */
  | { readonly kind: 'converges'; readonly updates: number }
  /** The gap grows until a number overflows, at about update `update`. */
  | { readonly kind: 'overflows'; readonly update: number }
  /** |r| = 1 (or the gap is already zero): the gap never changes size. */
  | { readonly kind: 'never' };

const LARGEST = Number.MAX_VALUE;

/**
 * The distance from `x` to the next double up: once the gap is about this small, a rounded
 * prediction can land exactly on the goal.
 */
function ulp(x: number): number {
  const magnitude = Math.abs(x);
  if (magnitude === 0) return Number.MIN_VALUE;
  return Math.max(Number.MIN_VALUE, 2 ** (Math.floor(Math.log2(magnitude)) - 52));
}

/**
 * Predicts how many updates a run needs, from `|gap after n updates| = |gap₀| · |r|ⁿ`.
 * Converging runs finish when the gap is below the tolerance, or below one unit in the last
 * place of the goal for the exact rule; diverging runs end when the largest number an update
 * computes (the weight, the prediction, `delta * input` or its product with alpha) overflows.
 * Floating-point rounding at the very end can shift the real count by a few updates.
 */
export function forecast(params: TrainingParams, options: TrainOptions = {}): Forecast {
  const { input, goal, alpha, startWeight } = params;
  const gap = Math.abs(input * startWeight - goal);
  const { r } = regimeOf(alpha, input);
  const shrink = Math.abs(r);
  const target = Math.max(options.tolerance ?? 0, ulp(goal));
  if (gap <= target) return { kind: 'converges', updates: 0 };
  if (shrink === 0) return { kind: 'converges', updates: 1 };
  if (shrink < 1) {
    return { kind: 'converges', updates: Math.max(1, Math.ceil(Math.log(target / gap) / Math.log(shrink))) };
  }
  if (shrink === 1 || !Number.isFinite(shrink)) return { kind: 'never' };
  const a = Math.abs(input);
  // Relative to the prediction gap: the weight gap is gap / input, delta is the gap, the
  // correction is gap · input, and the step applied is gap · input · alpha.
  const widest = Math.max(1, a, a * Math.abs(alpha), a === 0 ? 1 : 1 / a);
  const update = Math.ceil(Math.log(LARGEST / (widest * gap)) / Math.log(shrink));
  return { kind: 'overflows', update: Math.max(1, update) };
}
