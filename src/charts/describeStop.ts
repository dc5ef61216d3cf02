import { formatNumber, type Run } from '../core/index.ts';

/** How a run ended, as a phrase for the charts' text alternatives: "reaching the goal exactly". */
export function describeStop(run: Run): string {
  const { stop } = run;
  switch (stop.kind) {
    case 'exact':
      return 'reaching the goal exactly';
    case 'tolerance':
      return `stopping within the tolerance of ${formatNumber(stop.tolerance)}`;
    case 'stalled':
      return 'stopping when the weight no longer changes';
    case 'cycle':
      return `repeating ${stop.period === 2 ? 'two weights' : `${stop.period} weights`} forever`;
    case 'diverged':
      return 'until the numbers overflow';
    case 'cap':
      return `stopping at the cap of ${formatNumber(stop.maxUpdates)} updates`;
  }
}
