import {
  bestWeight,
  dollarSign,
  finalWeightMany,
  formatExact,
  formatFactor,
  formatFactorEquation,
  formatNumber,
  formatScientific,
  LARGEST_DOUBLE,
  iterationManyAt,
  meanSquaredError,
  regimeOfMany,
  updatesMadeMany,
  type ManyIteration,
  type ManyRun,
} from '../../../core/index.ts';
import type { Film } from './rows.ts';

/** A sentence or two for people. */
export interface Description {
  readonly title: string;
  readonly detail: string;
}

/** How a run's ending reads: good news, a warning, or a failure. */
export type Tone = 'good' | 'warning' | 'failure';

/** The tone of a run's ending: reaching the best weight (as closely as doubles allow) is good news. */
export function stopTone(run: ManyRun): Tone {
  const { stop } = run;
  switch (stop.kind) {
    case 'converged':
    case 'tolerance':
      return 'good';
    case 'diverged':
      return 'failure';
    case 'stalled':
      return run.params.alpha !== 0 && atBest(finalWeightMany(run), bestWeight(run.params.examples)) ? 'good' : 'warning';
    case 'cycle': {
      const best = bestWeight(run.params.examples);
      const { lo, hi } = weightRange(run, stop.start, stop.start + stop.period - 1);
      return run.mode === 'batch' && atBest(lo, best) && atBest(hi, best) ? 'good' : 'warning';
    }
    case 'cap':
      return 'warning';
  }
}

const count = (n: number, noun: string, plural = `${noun}s`): string => `${formatNumber(n, 21)} ${n === 1 ? noun : plural}`;
/** A weight for prose: 7 significant digits. */
export const formatWeight = (w: number): string => formatNumber(w, 7);
/** Millions of dollars for prose: "$99.75M". */
export const formatMillions = (m: number): string => {
  if (!Number.isFinite(m)) return '—';
  const size = Math.abs(m);
  return `${dollarSign(m < 0)}${size >= 1e-3 && size < 1e15 ? formatNumber(size, 4) : formatScientific(size, 3)}M`;
};
/** A mean squared error for prose, or words when it is too large for a double. */
export const formatMse = (mse: number | null): string => (mse === null ? 'beyond the largest 64-bit float' : formatNumber(mse, 4));

/** Whether `w` is the best weight as closely as a few steps between neighbouring doubles. */
function atBest(w: number, best: number | null): boolean {
  return best !== null && Math.abs(w - best) <= 64 * Number.EPSILON * Math.max(Math.abs(best), Number.MIN_VALUE);
}

/**
 * How many 64-bit numbers lie between two doubles of the same sign, counting one of them: 0 for
 * the same double, 1 for neighbours. A double's bits, read as an integer, count up with its
 * magnitude, so the difference of the two integers counts the doubles between.
 */
export function doublesApart(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  const apart = view.getBigInt64(0) - view.getBigInt64(8);
  return Number(apart < 0n ? -apart : apart);
}

/**
 * The end of the sentence for a weight that settled as close to the best weight as doubles allow:
 * the two numbers, and how far apart they are, so that two different last digits in one
 * sentence do not read as a contradiction.
 */
function settledBeside(final: number, best: number | null): string {
  if (best === null || final === best) return `: it is the best weight, ${formatExact(final)}, as closely as a computer can tell.`;
  const apart = doublesApart(final, best);
  const distance = apart === 1 ? 'neighbours among 64-bit numbers' : `${formatNumber(apart, 21)} places apart among 64-bit numbers`;
  return `. Worked out directly, from the films’ sums, the best weight is ${formatExact(best)}: the two are ${distance}, as close as a computer can tell.`;
}

/** The lowest and highest weight of a stretch of the run. */
function weightRange(run: ManyRun, from: number, to: number): { lo: number; hi: number } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = Math.max(0, from); i <= Math.min(to, run.length - 1); i += 1) {
    const w = run.weights[i] as number;
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  return { lo, hi };
}

/** Why the run over the films ended, in plain words: always one of the trainer's stop reasons. */
export function describeManyStop(run: ManyRun): Description {
  const { stop, params, mode } = run;
  const n = params.examples.length;
  const updates = updatesMadeMany(run);
  const final = finalWeightMany(run);
  const weight = formatWeight(final);
  const best = bestWeight(params.examples);
  const bestText = best === null ? 'none' : formatWeight(best);
  const passes = (updatesCount: number): string => (mode === 'stochastic' ? ` (${formatNumber(updatesCount / n, 4)} passes over the films)` : '');
  switch (stop.kind) {
    case 'converged': {
      const mse = meanSquaredError(final, params.examples);
      const fit = mse === 0 ? 'and there it fits every film exactly.' : `and even there the mean squared error is ${formatMse(mse)}: no film sits on the line.`;
      return updates === 0
        ? { title: 'Already at the best weight', detail: `The starting weight ${weight} makes the mean weight delta exactly 0: there is nothing to learn, ${fit}` }
        : {
            title: 'Reached the best weight',
            detail: `After ${count(updates, 'update')}${passes(updates)} the mean weight delta is exactly 0: weight ${weight} is the best single weight for these films, ${fit}`,
          };
    }
    case 'tolerance': {
      const last = iterationManyAt(run, run.length - 1);
      return {
        title: 'Close enough',
        detail: `After ${count(updates, 'update')}${passes(updates)} the mean weight delta, ${formatScientific(last.meanWeightDelta ?? Number.NaN, 3)}, is within the tolerance of ${formatNumber(stop.tolerance)}. Final weight ${weight}; the best weight is ${bestText}.`,
      };
    }
    case 'stalled':
      if (params.alpha === 0) {
        return { title: 'Not learning', detail: 'With a learning rate of 0 every correction is multiplied by 0, so the weight never changes.' };
      }
      if (atBest(final, best)) {
        return {
          title: 'Settled at the best weight',
          detail: `After ${count(updates, 'update')}${passes(updates)} every correction is smaller than the gap between neighbouring 64-bit numbers near ${formatExact(final)}, so the weight no longer changes${settledBeside(final, best)}`,
        };
      }
      return {
        title: 'Stuck short of the best weight',
        detail: `After ${count(updates, 'update')}${passes(updates)} ${mode === 'stochastic' ? 'a whole pass over the films left the weight as it was' : 'the correction no longer changes the weight'}: each one is smaller than the gap between neighbouring 64-bit numbers near ${weight}. The learning rate is too small to get from there to the best weight, ${bestText}.`,
      };
    case 'cycle': {
      const { lo, hi } = weightRange(run, stop.start, stop.start + stop.period - 1);
      if (mode === 'batch') {
        if (stop.period === 2 && atBest(lo, best) && atBest(hi, best)) {
          return {
            title: 'Flipping between neighbours',
            detail: `From iteration ${formatNumber(stop.start, 21)} the weight alternates between ${formatExact(lo)} and ${formatExact(hi)}, the 64-bit numbers either side of the best weight: no double makes the mean weight delta exactly 0 with this learning rate. The run stops once the repeat is found.`,
          };
        }
        return {
          title: stop.period === 2 ? 'Bouncing forever' : 'Going round in a loop',
          detail: `From iteration ${formatNumber(stop.start, 21)} the weight repeats every ${count(stop.period, 'update')}, between ${formatWeight(lo)} and ${formatWeight(hi)}, forever. The run stops once the repeat is found.`,
        };
      }
      return {
        title: 'Going round in a loop',
        detail: `One film at a time, the weight never settles: each update pulls it towards one film’s own best weight. Visiting the films in the same order, from iteration ${formatNumber(stop.start, 21)} every ${count(stop.period / n, 'pass', 'passes')} over them (${count(stop.period, 'update')}) ends on exactly the same weight, so the run would repeat forever, swinging between ${formatWeight(lo)} and ${formatWeight(hi)} on the way; the best weight, ${bestText}, lies ${best !== null && best >= lo && best <= hi ? 'inside that swing' : 'outside it'}. The run stops once the repeat is found.`,
      };
    }
    case 'diverged':
      return {
        title: 'Diverged',
        detail:
          stop.overflowed === 'update'
            ? `Every update overshot by more than the last, until update ${formatNumber(stop.iteration + 1, 21)} would give a weight beyond the largest 64-bit float (about ${LARGEST_DOUBLE}). Training stops at iteration ${formatNumber(stop.iteration, 21)}, before any number a computer cannot hold appears.`
            : `Every update overshot by more than the last, until a prediction at iteration ${formatNumber(stop.iteration, 21)} would be beyond the largest 64-bit float (about ${LARGEST_DOUBLE}). Training stops before it.`,
      };
    case 'cap': {
      if (mode === 'stochastic' && run.order === 'shuffled') {
        const { lo, hi } = weightRange(run, run.length - n, run.length - 1);
        return {
          title: 'Still jittering at the cap',
          detail: `Shuffled, one film at a time, the weight never settles: each update pulls it towards one film’s own best weight, and a new order every pass means the pattern never repeats. After ${count(stop.maxUpdates, 'update')}${passes(stop.maxUpdates)} it is ${weight}; over the last pass it moved between ${formatWeight(lo)} and ${formatWeight(hi)}, around the best weight ${bestText}.`,
        };
      }
      return {
        title: 'Stopped at the cap',
        detail: `The run reached its limit of ${count(stop.maxUpdates, 'update')}${passes(stop.maxUpdates)} without settling; the weight is ${weight} and the best weight is ${bestText}.`,
      };
    }
  }
}

const percent = (x: number): string => `${formatNumber(100 * x, 3)}%`;

/**
 * What the learning rate does on these films, in plain words. All at once, every update
 * multiplies the gap to the best weight by r = 1 − alpha × mean(budget²); one at a time, each
 * film's update multiplies the gap to that film's own best weight by 1 − alpha × budget².
 */
export function describeManyRegime(alpha: number, films: readonly Film[], mode: 'batch' | 'stochastic'): Description {
  const examples = films.map((f) => ({ input: f.budget, goal: f.gross }));
  if (examples.length === 0) return { title: 'No films', detail: 'There is no film to learn from.' };
  if (mode === 'batch') {
    const regime = regimeOfMany(alpha, examples);
    const r = formatFactor(regime.r);
    const shrink = 1 - Math.abs(regime.r);
    const detail = ((): string => {
      switch (regime.kind) {
        case 'moving-away':
          return `A negative learning rate steps uphill: each update multiplies the gap to the best weight by ${r}, so the weight runs away from it.`;
        case 'not-learning':
          return 'With a learning rate of 0 the gap is multiplied by 1: nothing changes.';
        case 'creeping':
          return `Each update removes only ${percent(shrink)} of the gap to the best weight: the weight creeps towards it.`;
        case 'smooth':
          return `Each update removes ${percent(shrink)} of the gap to the best weight, always from the same side: the weight approaches it smoothly.`;
        case 'one-step':
          return 'The first correction is exactly the size of the gap: one update lands on the best weight.';
        case 'oscillating':
          return `Each update jumps past the best weight, leaving ${percent(Math.abs(regime.r))} of the gap on the other side: the weight zig-zags in.`;
        case 'bouncing':
          return 'Each update jumps exactly as far past the best weight as it was before: the weight bounces between two values forever.';
        case 'diverging':
          return `Each update jumps past the best weight and lands ${formatFactor(Math.abs(regime.r))} times as far away: the error explodes.`;
      }
    })();
    const edges =
      regime.oneStepAlpha === null || regime.edgeAlpha === null
        ? ''
        : ` One update would land exactly at alpha = ${formatScientific(regime.oneStepAlpha, 3)}; above ${formatScientific(regime.edgeAlpha, 3)} the run diverges.`;
    return { title: formatFactorEquation('r', regime.r), detail: `${detail}${edges}` };
  }
  let smallest = films[0] as Film;
  let largest = films[0] as Film;
  let past = 0;
  let beyond = 0;
  for (const film of films) {
    if (film.budget < smallest.budget) smallest = film;
    if (film.budget > largest.budget) largest = film;
    const share = alpha * film.budget * film.budget;
    if (share > 1) past += 1;
    if (share > 2) beyond += 1;
  }
  const share = (f: Film): string => percent(alpha * f.budget * f.budget);
  const rOf = (f: Film): string => formatFactor(1 - alpha * f.budget * f.budget);
  const title = smallest === largest ? `r = ${rOf(largest)}` : `r from ${rOf(largest)} to ${rOf(smallest)}`;
  if (alpha <= 0) {
    return {
      title,
      detail: alpha === 0 ? 'With a learning rate of 0 no update changes the weight.' : 'A negative learning rate pushes the weight away from every film’s own best weight.',
    };
  }
  let detail = `Each update moves the weight towards one film’s own best weight (its gross ÷ its budget) by alpha × budget² of the gap: ${share(smallest)} for ${smallest.title}, ${share(largest)} for ${largest.title}.`;
  if (beyond > 0) {
    detail += ` For ${count(beyond, 'film')} that is more than 200%: on ${beyond === 1 ? 'its' : 'their'} own, ${beyond === 1 ? 'its updates' : 'their updates'} would diverge; below alpha = ${formatScientific(2 / (largest.budget * largest.budget), 3)} none do.`;
  } else if (past > 0) {
    detail += ` For ${count(past, 'film')} that is more than 100%: ${past === 1 ? 'its update jumps' : 'their updates jump'} past ${past === 1 ? 'its' : 'their'} own best weight.`;
  }
  return { title, detail };
}

/** The live-region sentence for an iteration. */
export function announceManyIteration(it: ManyIteration, films: readonly Film[]): string {
  const film = it.example === null ? '' : `, learning from ${films[it.example.index]?.title ?? 'a film'}`;
  return `Iteration ${formatNumber(it.index, 21)}: weight ${formatWeight(it.weight)}, mean squared error ${formatMse(it.meanSquaredError)}${film}.`;
}
