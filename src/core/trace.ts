import { formatArticleFloat } from './format.ts';
import { iterationAt, type Run } from './train.ts';

/** How the article's original program would have finished this run. */
export type ProgramEnding =
  /** It printed its completion line: the prediction met the goal exactly. */
  | 'complete'
  /** It would have crashed here: Elixir raises an arithmetic error when a float overflows. */
  | 'crash'
  /** It would have kept printing forever (our trainer stopped for a reason the program lacks). */
  | 'endless';

export interface ProgramOutput {
  /** The lines it prints for this run, character for character. */
  readonly lines: readonly string[];
  readonly ending: ProgramEnding;
}

/**
 * The lines the article's recursive trainer prints for a run. Each call first checks whether
 * the prediction handed to it equals the goal (then prints the completion line and stops);
 * otherwise it prints its weight, the previous prediction (blank on the first call) and the
 * goal, predicts, computes delta and the error it never uses, updates the weight and recurses.
 *
 * The program has only the exact rule. Where our trainer stops for another reason the output is
 * cut there: after a stall, cycle or cap the program would print forever; when a number overflows
 * it would crash at the first overflowing step, which is often the unused `delta ** 2`.
 */
export function articleProgramOutput(run: Run): ProgramOutput {
  const goal = formatArticleFloat(run.params.goal);
  const lines: string[] = [];
  let previous = '';
  for (let i = 0; i < run.length; i += 1) {
    const it = iterationAt(run, i);
    lines.push(`weight: ${formatArticleFloat(it.weight)}, current_prediction: ${previous}, goal_prediction: ${goal}`);
    if (it.error === null || it.weightDelta === null || it.newWeight === null) return { lines, ending: 'crash' };
    previous = formatArticleFloat(it.prediction);
    if (it.delta === 0) {
      lines.push(`Training Complete, final weight: ${formatArticleFloat(it.newWeight)}`);
      return { lines, ending: 'complete' };
    }
  }
  return { lines, ending: run.stop.kind === 'diverged' ? 'crash' : 'endless' };
}
