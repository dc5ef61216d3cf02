import { formatNumber, formatScientific, LARGEST_DOUBLE, updatesMadeSeveral, weightsAt, type SeveralRun } from '../../../core/index.ts';

/** A sentence or two for people. */
export interface Said {
  readonly title: string;
  readonly detail: string;
  /** Whether the run got to the bottom of the bowl (as closely as 64-bit numbers can). */
  readonly good: boolean;
}

const count = (n: number, noun: string): string => `${formatNumber(n, 21)} ${noun}${n === 1 ? '' : 's'}`;

/** "weight 1 = −1.255, weight 2 = 1.516", to 4 significant digits (or as many as are asked). */
export function weightsText(weights: readonly number[], digits = 4): string {
  return weights.map((w, j) => `weight ${j + 1} = ${formatNumber(w, digits)}`).join(', ');
}

/** Whether every weight is within a billionth (relative) of the best one. */
export function nearBest(weights: readonly number[], best: readonly number[]): boolean {
  return weights.every((w, j) => {
    const b = best[j] ?? 0;
    return Math.abs(w - b) <= 1e-9 * Math.max(1, Math.abs(b));
  });
}

/**
 * Why a run with several inputs ended, in plain words: one of the core's SeveralStopReasons.
 * `best` are the least-squares weights and `edgeAlpha` the learning rate above which the run
 * diverges, both in the run's own units.
 */
export function describeSeveralStop(run: SeveralRun, best: readonly number[], edgeAlpha: number): Said {
  const said = describe(run, best, edgeAlpha);
  const final = weightsAt(run, run.length - 1);
  const good = run.stop.kind === 'converged' || run.stop.kind === 'tolerance' || ((run.stop.kind === 'stalled' || run.stop.kind === 'cycle') && nearBest(final, best));
  return { ...said, good };
}

function describe(run: SeveralRun, best: readonly number[], edgeAlpha: number): Omit<Said, 'good'> {
  const { stop, params } = run;
  const updates = updatesMadeSeveral(run);
  const final = weightsAt(run, run.length - 1);
  switch (stop.kind) {
    case 'converged':
      return updates === 0
        ? { title: 'Already at the lowest error', detail: `The starting weights are the best ones: every correction is exactly 0, so there is nothing to learn.` }
        : {
            title: 'Reached the lowest error',
            detail: `After ${count(updates, 'update')} every correction is exactly 0: ${weightsText(final)} are the best weights.`,
          };
    case 'tolerance':
      return {
        title: 'Close enough',
        detail: `After ${count(updates, 'update')} every correction is within ${formatNumber(stop.tolerance)}: ${weightsText(final)}.`,
      };
    case 'stalled':
      if (params.alpha === 0) {
        return { title: 'Not learning', detail: 'With a learning rate of 0 every correction is multiplied by 0, so neither weight ever changes.' };
      }
      return nearBest(final, best)
        ? {
            title: 'Settled at the bottom',
            detail: `After ${count(updates, 'update')} the corrections are smaller than the gap between neighbouring 64-bit numbers, so neither weight changes any more: ${weightsText(final)}, the best weights as closely as the computer can hold them.`,
          }
        : {
            title: 'Stuck on the way',
            detail: `After ${count(updates, 'update')} the corrections are smaller than the gap between neighbouring 64-bit numbers, so neither weight changes any more, at ${weightsText(final)}: short of the best weights. The learning rate is too small to make a difference.`,
          };
    case 'cycle':
      return nearBest(final, best)
        ? {
            title: 'Flipping between neighbours',
            detail: `After ${count(updates, 'update')} the weights alternate between ${stop.period === 2 ? 'two sets' : `${formatNumber(stop.period, 21)} sets`} of 64-bit numbers a hair from the best weights, ${weightsText(final)}: no update lands exactly on them. The run stops once the repeat is found.`,
          }
        : {
            title: 'Bouncing forever',
            detail: `From iteration ${formatNumber(stop.start, 21)} the weights repeat every ${count(stop.period, 'update')} without getting any closer: the learning rate sits exactly on the edge for the steep direction. The run stops once the repeat is found.`,
          };
    case 'diverged': {
      const why =
        params.alpha < 0
          ? 'A negative learning rate steps uphill: every update moves the weights away from the lowest error'
          : `The learning rate is above the edge, ${formatScientific(edgeAlpha, 3)}, which the steep direction sets: every update overshoots across the valley by more than the last`;
      const end =
        stop.overflowed === 'update'
          ? `until update ${formatNumber(stop.iteration + 1, 21)} would give a weight beyond the largest 64-bit float (about ${LARGEST_DOUBLE})`
          : `until a prediction at iteration ${formatNumber(stop.iteration, 21)} would be beyond the largest 64-bit float (about ${LARGEST_DOUBLE})`;
      return { title: 'Diverged', detail: `${why}, ${end}. Training stops before any number a computer cannot hold appears.` };
    }
    case 'cap':
      return {
        title: 'Stopped at the cap',
        detail: `The run reached its limit of ${count(stop.maxUpdates, 'update')} while still crawling towards the best weights; it is at ${weightsText(final)}.`,
      };
  }
}
