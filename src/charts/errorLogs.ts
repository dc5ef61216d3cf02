import type { Run } from '../core/index.ts';

/**
 * log₁₀ of every iteration's error, computed from delta as 2·log₁₀|delta| so it stays finite
 * where the error itself (delta², up to 10⁶⁰⁴ in a diverging run) overflows a double. Delta is
 * `input * weight - goal`, the same arithmetic as `iterationAt`. An error of exactly 0 gives
 * -Infinity: it has no place on a log axis, and the chart shows it apart.
 */
export function errorLogs(run: Run): Float64Array {
  const { input, goal } = run.params;
  const logs = new Float64Array(run.length);
  for (let i = 0; i < run.length; i += 1) {
    const delta = input * (run.weights[i] ?? Number.NaN) - goal;
    logs[i] = 2 * Math.log10(Math.abs(delta));
  }
  return logs;
}
