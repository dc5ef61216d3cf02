import {
  dollarSign,
  finalWeight,
  formatExact,
  formatFactor,
  formatFactorEquation,
  formatMoney,
  formatNumber,
  formatScientific,
  formatSquareOfNumber,
  LARGEST_DOUBLE,
  idealWeight,
  iterationAt,
  regimeOf,
  updatesMade,
  type Iteration,
  type Regime,
  type Run,
  type TrainingParams,
} from '../core/index.ts';

/** A sentence or two for people. */
export interface Description {
  readonly title: string;
  readonly detail: string;
}

/** 1 → "1st", 73 → "73rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${formatNumber(n, 21)}${suffix}`;
}

/** A gap in dollars, which may be a tiny fraction of a cent when a run ends by a rounding. */
export function formatGap(delta: number): string {
  const size = Math.abs(delta);
  if (size === 0 || size >= 0.5) return formatMoney(delta);
  return `${dollarSign(delta < 0)}${formatScientific(size, 3)}`;
}

const count = (n: number, noun: string): string => `${formatNumber(n, 21)} ${noun}${n === 1 ? '' : 's'}`;

/** An error for people, including one too large for a double. */
export function describeError(it: Iteration): string {
  return it.error === null ? `${formatSquareOfNumber(it.delta)} (too large for a 64-bit float)` : formatScientific(it.error);
}

/**
 * What the update does to the weight, in a few words that fit under the next weight: how far it
 * moves, or why it stays. The same one line at every iteration, so the numbers around it keep
 * their place as the reader steps to the end of a run.
 */
export function describeStep(it: Iteration): string {
  if (it.delta === 0) return 'unchanged: delta is 0';
  if (it.newWeight === null) return 'so the run stops here';
  if (it.newWeight === it.weight) return 'unchanged: the step rounds away';
  const step = it.newWeight - it.weight;
  // Two weights near the float's limit, of opposite signs, can be further apart than it.
  if (!Number.isFinite(step)) return `moves by more than ${LARGEST_DOUBLE}`;
  return `moves by ${step > 0 ? '+' : ''}${formatNumber(step)}`;
}

/** Why the run ended, in plain words: always one of the trainer's stop reasons. */
export function describeStop(run: Run): Description {
  const { stop, params } = run;
  const last = iterationAt(run, run.length - 1);
  const updates = updatesMade(run);
  const weight = formatExact(finalWeight(run));
  const ideal = idealWeight(params);
  switch (stop.kind) {
    case 'exact':
      return updates === 0
        ? { title: 'Reached the goal exactly', detail: `The starting weight ${weight} already predicts the goal, ${formatMoney(params.goal)}: there is nothing to learn.` }
        : {
            title: 'Reached the goal exactly',
            detail: `After ${count(updates, 'update')}, the ${ordinal(run.length)} prediction (iteration ${last.index}) equals the goal, ${formatMoney(params.goal)}, exactly. Final weight: ${weight}.`,
          };
    case 'tolerance':
      return {
        title: 'Close enough',
        detail: `After ${count(updates, 'update')} the prediction is within ${formatMoney(stop.tolerance)} of the goal (off by ${formatGap(last.delta)}). Final weight: ${weight}.`,
      };
    case 'stalled':
      if (params.alpha === 0) return { title: 'Not learning', detail: 'With a learning rate of 0 every correction is multiplied by 0, so the weight never changes.' };
      if (params.input === 0) return { title: 'Not learning', detail: 'With a budget of 0 every prediction is 0 and every correction is 0, so the weight never changes.' };
      return {
        title: 'Stuck short of the goal',
        detail: `After ${count(updates, 'update')} the correction is smaller than the gap between neighbouring 64-bit numbers near ${weight}, so the weight no longer changes${ideal === null || !Number.isFinite(ideal) ? '' : `, ${nearly(finalWeight(run), ideal) ? 'a hair from' : 'far short of'} ${formatExact(ideal)}`}. The prediction is off by ${formatGap(last.delta)}; the article’s program would loop here forever.`,
      };
    case 'cycle': {
      const weights = Array.from(run.weights.subarray(stop.start)).map(formatExact);
      const bouncing = regimeOf(params.alpha, params.input).kind === 'bouncing';
      return bouncing
        ? {
            title: 'Bouncing forever',
            detail: `Each update jumps exactly as far past the goal as it was before, so the weight alternates between ${weights.join(' and ')} forever. The run stops once the repeat is found.`,
          }
        : {
            title: 'Flipping between neighbours',
            detail: `From iteration ${stop.start} the weight alternates between ${weights.join(' and ')}, the 64-bit numbers either side of the goal weight: no double gives the goal exactly with this learning rate. The article’s program would loop here forever.`,
          };
    }
    case 'diverged':
      // A learning rate that does not overshoot can still meet numbers too large for a float (a goal of 1e308).
      if (!overshoots(params))
        return {
          title: 'Numbers too large',
          detail: `This learning rate does not overshoot, but the numbers are too large: at iteration ${formatNumber(stop.iteration, 21)} the ${stop.overflowed === 'update' ? 'next weight' : 'prediction or its error'} would be beyond the largest 64-bit float (about ${LARGEST_DOUBLE}). Training stops before it.`,
        };
      return {
        title: 'Diverged',
        detail:
          stop.overflowed === 'update'
            ? `Every update overshot by more than the last, until update ${formatNumber(stop.iteration + 1, 21)} would give a weight beyond the largest 64-bit float (about ${LARGEST_DOUBLE}). Training stops at iteration ${formatNumber(stop.iteration, 21)}, before any number a computer cannot hold appears.`
            : `Every update overshot by more than the last, until the prediction at iteration ${formatNumber(stop.iteration, 21)} would be beyond the largest 64-bit float (about ${LARGEST_DOUBLE}). Training stops before it.`,
      };
    case 'cap':
      return {
        title: 'Stopped at the cap',
        detail: `The run reached its limit of ${count(stop.maxUpdates, 'update')} without meeting the goal; the prediction is still off by ${formatGap(last.delta)}.`,
      };
  }
}

const percent = (x: number): string => `${formatNumber(100 * x, 3)}%`;

/** Whether a weight is as good as the ideal one (within a billionth of it). */
const nearly = (weight: number, ideal: number): boolean => Math.abs(weight - ideal) <= 1e-9 * Math.max(1, Math.abs(ideal));

/** Whether updates at these settings jump past the goal by as much as they started, or more (or step uphill). */
const overshoots = (params: TrainingParams): boolean => {
  const kind = regimeOf(params.alpha, params.input).kind;
  return kind === 'diverging' || kind === 'moving-away' || kind === 'bouncing';
};

/** What r = 1 − alpha · input² means for these parameters, in plain words. */
export function describeRegime(params: TrainingParams): Description & { readonly regime: Regime } {
  const regime = regimeOf(params.alpha, params.input);
  const r = formatFactor(regime.r);
  const shrink = 1 - Math.abs(regime.r);
  const detail = ((): string => {
    switch (regime.kind) {
      case 'moving-away':
        return `A negative learning rate steps uphill: each update multiplies the gap by ${r}, so the prediction runs away from the goal.`;
      case 'not-learning':
        if (params.input === 0) return 'With a budget of 0 the prediction is always 0 and no correction can change it.';
        if (params.alpha === 0) return 'With a learning rate of 0 the gap is multiplied by 1: nothing changes.';
        return 'The budget is so small that its square rounds to 0 in 64-bit numbers: r is exactly 1, so the gap is multiplied by 1 and nothing changes.';
      case 'creeping':
        return shrink === 0
          ? 'alpha × input² is too small to change 1 in 64-bit numbers: r is exactly 1, and no update removes any of the gap.'
          : `Each update removes only ${percent(shrink)} of the gap: the prediction creeps towards the goal.`;
      case 'smooth':
        return `Each update removes ${percent(shrink)} of the gap, always from the same side: the prediction approaches the goal smoothly.`;
      case 'one-step':
        return 'The first correction is exactly the size of the gap: one update lands on the goal.';
      case 'oscillating':
        return `Each update jumps past the goal, leaving ${percent(Math.abs(regime.r))} of the gap on the other side: the prediction zig-zags in to the goal.`;
      case 'bouncing':
        return 'Each update jumps exactly as far past the goal as it was before: the weight bounces between two values forever.';
      case 'diverging':
        return `Each update jumps past the goal and lands ${formatFactor(Math.abs(regime.r))} times as far away: the error explodes.`;
    }
  })();
  return { regime, title: formatFactorEquation('r', regime.r), detail };
}

/** The live-region sentence for an iteration: "Iteration 3: weight 391.236, error 7.1 × 10¹⁴." */
export function announceIteration(it: Iteration): string {
  return `Iteration ${formatNumber(it.index, 21)}: weight ${formatExact(it.weight)}, prediction ${formatMoney(it.prediction)}, error ${describeError(it)}.`;
}
