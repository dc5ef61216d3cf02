import { formatNumber } from '../../core/index.ts';
import { formatScaled } from '../formatScaled.ts';

/** A value given as log₁₀(value) for people, even beyond a double: "27,190", "4.1 × 10³⁰⁹", "0". */
export function formatLog(log10Value: number, significantDigits = 4): string {
  if (log10Value === Number.NEGATIVE_INFINITY) return '0';
  if (!Number.isFinite(log10Value)) return '—';
  if (log10Value < 300 && log10Value > -300) return formatNumber(10 ** log10Value, significantDigits);
  const e = Math.floor(log10Value);
  return formatScaled(10 ** (log10Value - e), e, significantDigits);
}
