import { iterationAt, type Run } from '../core/index.ts';

const HEADER = 'iteration,weight,prediction,delta,error,weight_delta,new_weight';

/** A value for the CSV: the exact shortest form of a double, or "overflow" where it has none. */
const cell = (x: number | null): string => (x === null ? 'overflow' : String(x));

/** The whole run as CSV, one row per iteration, every number exact. */
export function runToCsv(run: Run): string {
  const rows = [HEADER];
  for (let i = 0; i < run.length; i += 1) {
    const it = iterationAt(run, i);
    rows.push([it.index, it.weight, it.prediction, it.delta, it.error, it.weightDelta, it.newWeight].map(cell).join(','));
  }
  return `${rows.join('\n')}\n`;
}
