import type { Run } from '../core/index.ts';

/**
 * log₁₀ of iteration `i`'s error, computed from delta as 2·log₁₀|delta| so it stays finite where
 * the error itself (delta², up to 10⁶⁰⁴ in a diverging run) overflows a double. Delta is
 * `input * weight - goal`, the same arithmetic as `iterationAt`. An error of exactly 0 gives
 * -Infinity: it has no place on a log axis, and the chart shows it apart.
 *
 * One iteration at a time, with no array of the whole run's logs: the error chart needs them
 * only where it draws (`thinRun` with the run's example, `errorExtent`), and an array of a
 * run's length, new on every slider event, cost more than the logarithms (docs/PERFORMANCE.md,
 * tenth pass).
 */
export function errorLogAt(run: Run, i: number): number {
  const { input, goal } = run.params;
  return 2 * Math.log10(Math.abs(input * (run.weights[i] ?? Number.NaN) - goal));
}
