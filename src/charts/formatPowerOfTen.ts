import { formatNumber, superscript } from '../core/index.ts';

/** A tick value 0 or ±10ᵏ for people: "0", "100", "1,000", "−10⁶", "10²⁹⁷". */
export function formatPowerOfTen(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return '\u2014';
  const k = Math.round(Math.log10(Math.abs(value)));
  if (k >= -3 && k <= 3) return formatNumber(value);
  return `${value < 0 ? '\u2212' : ''}10${superscript(k)}`;
}
