import { formatNumber, formatScientific } from '../core/index.ts';

/** From this magnitude on, tick labels use "× 10ⁿ" instead of long rows of digits. */
const SCIENTIFIC_FROM = 1e7;

/**
 * Labels for the ticks of a linear axis, with just enough significant digits that neighbouring
 * ticks read differently: "498.2", "498.4" rather than "498", "498" (at least 3 digits, at most
 * 17; `formatNumber` never drops integer digits). When the largest tick reaches 10⁷ every label
 * is written "2.0 × 10¹³" (`formatScientific`), which stays short.
 */
export function formatTickValues(values: readonly number[]): string[] {
  let largest = 0;
  let step = Number.POSITIVE_INFINITY;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] ?? 0;
    largest = Math.max(largest, Math.abs(v));
    if (i > 0) step = Math.min(step, Math.abs(v - (values[i - 1] ?? 0)));
  }
  const needed = step > 0 && Number.isFinite(step) && largest > 0 ? Math.ceil(Math.log10(largest / step)) + 1 : 3;
  const digits = Math.min(17, Math.max(3, Number.isFinite(needed) ? needed : 3));
  if (largest >= SCIENTIFIC_FROM) {
    const mantissaDigits = Math.min(17, Math.max(2, Number.isFinite(needed) ? needed : 2));
    return values.map((v) => formatScientific(v, mantissaDigits));
  }
  return values.map((v) => formatNumber(v, digits));
}
