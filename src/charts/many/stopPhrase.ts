import { formatNumber, type ManyRun } from '../../core/index.ts';

/** How a run over many examples ended, as a phrase for the charts' text alternatives. */
export function stopPhrase(run: ManyRun): string {
  const { stop } = run;
  switch (stop.kind) {
    case 'converged':
      return 'reaching the best weight';
    case 'tolerance':
      return `stopping within the tolerance of ${formatNumber(stop.tolerance)}`;
    case 'stalled':
      return 'stopping when the weight no longer changes';
    case 'cycle':
      return `repeating ${formatNumber(stop.period)} weights forever`;
    case 'diverged':
      return 'until the numbers overflow';
    case 'cap':
      return `stopping at the cap of ${formatNumber(stop.maxUpdates)} updates`;
  }
}
