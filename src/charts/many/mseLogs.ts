import type { Example } from '../../core/index.ts';

/**
 * log₁₀ of the mean squared error at each of `weights` over the examples, computed so it stays
 * finite where the error itself overflows a double (a diverging run): first as the plain sum of
 * squares, and only when that is not finite again from log₁₀|delta| of each example. An error of
 * exactly 0 gives −Infinity (the chart shows it in a band of its own).
 */
export function mseLogs(weights: Float64Array, examples: readonly Example[]): Float64Array {
  const n = examples.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  examples.forEach(({ input, goal }, k) => {
    xs[k] = input;
    ys[k] = goal;
  });
  const logN = Math.log10(n);
  const logs = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i += 1) {
    const w = weights[i] as number;
    let sum = 0;
    for (let k = 0; k < n; k += 1) {
      const d = (xs[k] as number) * w - (ys[k] as number);
      sum += d * d;
    }
    logs[i] = sum - sum === 0 ? Math.log10(sum) - logN : logMeanSquare(w, xs, ys, logN);
  }
  return logs;
}

/** log₁₀ mean((x·w − y)²) without overflow: a log-sum-exp over 2·log₁₀|delta|. */
function logMeanSquare(w: number, xs: Float64Array, ys: Float64Array, logN: number): number {
  const n = xs.length;
  const terms = new Float64Array(n);
  let top = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k += 1) {
    const x = xs[k] as number;
    const d = x * w - (ys[k] as number);
    // When x·w overflows, y (at most 10¹⁵) is nothing beside it: |delta| = |x|·|w|.
    const log = d - d === 0 ? 2 * Math.log10(Math.abs(d)) : 2 * (Math.log10(Math.abs(x)) + Math.log10(Math.abs(w)));
    terms[k] = log;
    if (log > top) top = log;
  }
  if (!Number.isFinite(top)) return top;
  let sum = 0;
  for (let k = 0; k < n; k += 1) sum += 10 ** ((terms[k] as number) - top);
  return top + Math.log10(sum) - logN;
}
