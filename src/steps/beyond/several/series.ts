import { formatNumber, formatScientific, joinScientific, type SeveralExample, type SeveralRun } from '../../../core/index.ts';

/**
 * log₁₀ of the mean squared error at weights `w` (stride `d` from `offset`), from the deltas
 * divided by the largest one, so it stays finite where the error itself would overflow. −Infinity
 * for an exact fit, +Infinity only when a prediction cannot be held in a 64-bit float (a run's
 * recorded weights never give one). `deltas` is scratch space for one value per example; a caller
 * that computes many iterations passes the same array each time.
 */
export function log10MseAt(
  examples: readonly SeveralExample[],
  weights: ArrayLike<number>,
  offset = 0,
  deltas = new Float64Array(examples.length),
): number {
  const n = examples.length;
  if (n === 0) return Number.NaN;
  let largest = 0;
  for (let i = 0; i < n; i += 1) {
    const { inputs, goal } = examples[i] as SeveralExample;
    let prediction = 0;
    for (let j = 0; j < inputs.length; j += 1) prediction += (inputs[j] ?? 0) * (weights[offset + j] ?? 0);
    const delta = prediction - goal;
    deltas[i] = delta;
    largest = Math.max(largest, Math.abs(delta));
  }
  if (!Number.isFinite(largest)) return Infinity;
  if (largest === 0) return -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    const ratio = (deltas[i] ?? 0) / largest;
    sum += ratio * ratio;
  }
  return 2 * Math.log10(largest) + Math.log10(sum / n);
}

/** log₁₀ of the mean squared error at every iteration of a run. */
export function log10MseSeries(run: SeveralRun): Float64Array {
  const out = new Float64Array(run.length);
  const d = run.inputCount;
  // One scratch array for the whole run: a run can be tens of thousands of iterations long.
  const scratch = new Float64Array(run.params.examples.length);
  for (let i = 0; i < run.length; i += 1) out[i] = log10MseAt(run.params.examples, run.weights, i * d, scratch);
  return out;
}

/**
 * log₁₀ of how far the mean squared error at weights `w` lies above its lowest value, reached at
 * `best`: `mean((Σⱼ inputsᵢ[j] · (w[j] − best[j]))²)`. For least-squares `best` this equals
 * `mse(w) − mse(best)` exactly, but it is computed from the gaps themselves, so it stays accurate
 * when the two errors agree to the last digit (the end of a run). −Infinity when `w` is `best`.
 * `terms` is scratch space for one value per example, as in {@link log10MseAt}.
 */
export function log10ExcessAt(
  examples: readonly SeveralExample[],
  weights: ArrayLike<number>,
  best: readonly number[],
  offset = 0,
  terms = new Float64Array(examples.length),
): number {
  const n = examples.length;
  if (n === 0) return Number.NaN;
  let largest = 0;
  for (let i = 0; i < n; i += 1) {
    const { inputs } = examples[i] as SeveralExample;
    let term = 0;
    for (let j = 0; j < inputs.length; j += 1) term += (inputs[j] ?? 0) * ((weights[offset + j] ?? 0) - (best[j] ?? 0));
    terms[i] = term;
    largest = Math.max(largest, Math.abs(term));
  }
  if (!Number.isFinite(largest)) return Infinity;
  if (largest === 0) return -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    const ratio = (terms[i] ?? 0) / largest;
    sum += ratio * ratio;
  }
  return 2 * Math.log10(largest) + Math.log10(sum / n);
}

/** {@link log10ExcessAt} at every iteration of a run. */
export function log10ExcessSeries(run: SeveralRun, best: readonly number[]): Float64Array {
  const out = new Float64Array(run.length);
  const d = run.inputCount;
  const scratch = new Float64Array(run.params.examples.length);
  for (let i = 0; i < run.length; i += 1) out[i] = log10ExcessAt(run.params.examples, run.weights, best, i * d, scratch);
  return out;
}

/**
 * A positive quantity given by its log₁₀, for people, even where the quantity itself is beyond a
 * 64-bit float: "34,154", "4.4 × 10⁻²⁵", "3.2 × 10⁴²⁷". "0" for −Infinity; "—" for NaN or +Infinity.
 */
export function formatFromLog10(log10: number, digits = 5): string {
  if (log10 === -Infinity) return '0';
  if (!Number.isFinite(log10)) return '—';
  const value = 10 ** log10;
  if (value >= 1e-4 && value < 1e15) return formatNumber(value, digits);
  if (value >= 1e-300 && value < Infinity) return formatScientific(value, Math.min(digits, 3));
  let exponent = Math.floor(log10);
  let mantissa = Number((10 ** (log10 - exponent)).toPrecision(Math.min(digits, 3)));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return joinScientific(formatScientific(mantissa, Math.min(digits, 3)), exponent);
}
