import { formatNumber, formatScientific, joinScientific } from '../core/index.ts';

const MINUS = '\u2212';

/**
 * `value × 10^exponent` for people, for numbers a double cannot hold (a diverging run's error
 * reaches 10⁶⁰⁴): "2.0 × 10³⁰⁴", "−1.72 × 10¹³". From 10⁻⁴ up to 10⁷ it is written out like
 * `formatNumber` ("250,000"), rounded to `significantDigits`. Zero prints "0"; a non-finite value or a fractional exponent "—".
 */
export function formatScaled(value: number, exponent: number, significantDigits = 3): string {
  if (!Number.isFinite(value) || !Number.isInteger(exponent)) return '\u2014';
  if (value === 0) return '0';
  const [mantissaText = '0', exponentText = '0'] = Math.abs(value).toExponential(significantDigits - 1).split('e');
  const mantissa = Number(mantissaText);
  const total = Number(exponentText) + exponent;
  const sign = value < 0 ? MINUS : '';
  if (total >= -4 && total < 7) {
    return formatNumber((value < 0 ? -mantissa : mantissa) * 10 ** total, significantDigits);
  }
  return `${sign}${joinScientific(formatScientific(mantissa, significantDigits), total)}`;
}
