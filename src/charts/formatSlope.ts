import { formatScaled } from './formatScaled.ts';

/**
 * The true derivative of the error at a weight, 2·delta·input, for people, without
 * overflowing when delta is ~10³⁰² (the product can pass 1.8×10³⁰⁸): delta is split into
 * (delta / 10ᵏ) × 10ᵏ first.
 */
export function formatSlope(delta: number, input: number): string {
  if (!Number.isFinite(delta) || !Number.isFinite(input)) return '\u2014';
  if (delta === 0 || input === 0) return '0';
  const k = Math.max(-300, Math.floor(Math.log10(Math.abs(delta))));
  return formatScaled(2 * input * (delta / 10 ** k), k);
}
