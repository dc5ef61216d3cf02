import { LARGEST_DOUBLE } from '../core/index.ts';

/** What reading a typed number gives: a value, or a message for the reader. */
export type Parsed = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '+',
};
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const TIMES_TEN = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*[×x*]\s*10\s*(?:\^\s*)?([+-]?\d+)$/i;
const MAX_LENGTH = 64;

/**
 * Reads a number the way a person types it: `1e-11`, `0.00000000001`, `1.0 × 10⁻¹¹` (as the page
 * prints it), `99,750,000`, `$200,000`, `2,5` (decimal comma), `−5` (Unicode minus) and `−$5` with the page's
 * invisible word joiner after the minus all work.
 * Anything else, or anything that is not a finite double, gets a message saying what was wrong.
 */
export function parseNumber(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  if (trimmed.length > MAX_LENGTH) return { ok: false, message: `That is too long to be a number (${trimmed.length} characters).` };
  let s = trimmed
    .replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, '-')
    .replace(/[\s\u00a0\u202f\u200b\u2060_]/g, '')
    .replace(/^([+-]?)\$/, '$1')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/g, (c) => SUPERSCRIPTS[c] ?? c);
  if (/\p{Nd}/u.test(s.replace(/[0-9]/g, ''))) return { ok: false, message: 'Use the digits 0 to 9.' };
  if (/^[+-]?(nan|inf|infinity)$/i.test(s)) return { ok: false, message: 'Enter a finite number: NaN and Infinity cannot be used.' };
  const power = TIMES_TEN.exec(s);
  if (power) s = `${power[1] ?? ''}e${power[2] ?? ''}`;
  else if (THOUSANDS.test(s)) s = s.replace(/,/g, '');
  else if (DECIMAL_COMMA.test(s)) s = s.replace(',', '.');
  if (!PLAIN.test(s)) return { ok: false, message: `“${shorten(trimmed)}” is not a number.` };
  const value = Number(s);
  if (!Number.isFinite(value)) return { ok: false, message: `That number is too large for a 64-bit float (the largest is about ${LARGEST_DOUBLE}).` };
  // -0 reads as 0: the sign of zero means nothing to a reader.
  return { ok: true, value: value === 0 ? 0 : value };
}

function shorten(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}
