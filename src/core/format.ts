/**
 * Number formatting for the lesson.
 *
 * Two families live here:
 *
 * - `formatArticleFloat` and `formatNotebookResult` reproduce, character for
 *   character, how the article's Elixir program and its notebook print a
 *   float. They are exact and throw on values Elixir cannot hold.
 * - The remaining formatters are for people (prose, tables, charts). They
 *   round, group thousands and use typographic symbols. Given a non-finite
 *   number (NaN, ±Infinity) they return an em dash (`—`) instead of ever
 *   showing "NaN" or "Infinity".
 *
 * Everything is pure and locale-independent: the output is identical on
 * every machine.
 */

/** U+2212 MINUS SIGN, used in place of the ASCII hyphen in text for people. */
const MINUS = '\u2212';
/** U+00D7 MULTIPLICATION SIGN. */
const TIMES = '\u00D7';
/** NO-BREAK SPACE: a line never breaks inside "9.85 × 10¹⁵". */
const NBSP = '\u00A0';
/** What the people-facing formatters show for NaN and ±Infinity. */
const NOT_A_NUMBER = '\u2014';
/** The largest magnitude shown as plain dollars before switching to scientific notation. */
const MONEY_SCIENTIFIC_THRESHOLD = 1e15;
/** 2^53: from here on, not every integer is representable as a double. */
const TWO_POW_53 = 2 ** 53;
/** 2^-1022, the smallest double with full precision; below it values are subnormal. */
const SMALLEST_NORMAL = 2 ** -1022;

const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'] as const;
const SUPERSCRIPT_MINUS = '⁻';

/** A positive finite number split into its shortest decimal digits and decimal exponent. */
interface Decimal {
  /** Significant digits without sign, point or trailing zeros, e.g. "9975". */
  readonly digits: string;
  /** Power of ten of the first digit: value = d0.d1d2… × 10^exponent. */
  readonly exponent: number;
}

/**
 * Splits the result of `Number.prototype.toExponential` ("9.975e+7") into
 * digits and exponent. Works for any precision argument.
 */
function parseExponential(text: string): Decimal {
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) {
    throw new Error(`unexpected exponential form: ${text}`);
  }
  const [, lead = '', rest = '', exponent = '0'] = match;
  return { digits: lead + rest, exponent: Number(exponent) };
}

/** The shortest digits that read back to `magnitude` (which must be positive and finite). */
function shortestDecimal(magnitude: number): Decimal {
  const decimal = parseExponential(magnitude.toExponential());
  return { digits: decimal.digits.replace(/0+$/, '') || '0', exponent: decimal.exponent };
}

/** Checks a significant-digit count and throws a RangeError if it is unusable. */
function checkSignificantDigits(significantDigits: number): void {
  if (!Number.isInteger(significantDigits) || significantDigits < 1 || significantDigits > 100) {
    throw new RangeError(
      `significantDigits must be an integer from 1 to 100, got ${String(significantDigits)}`,
    );
  }
}

/** Inserts a comma between every group of three digits of a string of integer digits. */
function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Removes trailing zeros after a decimal point, and the point itself if nothing is left. */
function trimFraction(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

/** Elixir's "d.ddde±x" form: at least one digit after the point, no "+" in the exponent. */
function elixirExponentForm(decimal: Decimal): string {
  const head = decimal.digits.slice(0, 1);
  const tail = decimal.digits.slice(1) || '0';
  return `${head}.${tail}e${decimal.exponent}`;
}

/** Throws a RangeError naming the caller when `x` is NaN or ±Infinity. */
function assertFiniteForElixir(x: number, caller: string): void {
  if (!Number.isFinite(x)) {
    throw new RangeError(
      `${caller}: ${String(x)} has no Elixir float representation (Elixir floats are always finite)`,
    );
  }
}

/**
 * Prints a float the way Elixir's string interpolation (`"#{x}"`) does, so the
 * article's program output can be reproduced exactly: shortest round-trip
 * digits, always with a decimal point ("1.0"), and a compact exponent form
 * ("2.0e5", "1.0e-4") whenever that is no longer than the plain form. Whole
 * numbers at or beyond 2^53 always use the exponent form. `-0` prints "-0.0".
 *
 * @throws RangeError for NaN and ±Infinity, which Elixir floats cannot be.
 */
export function formatArticleFloat(x: number): string {
  assertFiniteForElixir(x, 'formatArticleFloat');
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0.0`;

  const magnitude = Math.abs(x);
  const decimal = shortestDecimal(magnitude);
  const { digits, exponent } = decimal;
  const digitCount = digits.length;
  const exponentCost = String(exponent).length + 2;

  let body: string;
  if (exponent >= digitCount - 1) {
    // A whole number: the digits followed by some zeros.
    const trailingZeros = exponent - digitCount + 1;
    const singleDigitBonus = digitCount === 1 ? 1 : 0;
    const plainFits = exponentCost + singleDigitBonus >= trailingZeros + 2;
    body =
      plainFits && magnitude < TWO_POW_53
        ? `${digits}${'0'.repeat(trailingZeros)}.0`
        : elixirExponentForm(decimal);
  } else if (exponent >= 0) {
    // Has a fractional part and at least one integer digit: always plain.
    body = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  } else {
    // Below one: leading zeros after the point, unless they cost too much.
    const leadingZeros = -exponent - 1;
    body =
      leadingZeros <= String(exponent).length
        ? `0.${'0'.repeat(leadingZeros)}${digits}`
        : elixirExponentForm(decimal);
  }
  return sign + body;
}

/**
 * Prints a float the way the companion notebook displays a cell result: like
 * {@link formatArticleFloat}, except that whole numbers with
 * 1 <= |x| < 1e16 are written out in full with ".0" ("250000.0" rather than
 * "2.5e5").
 *
 * @throws RangeError for NaN and ±Infinity.
 */
export function formatNotebookResult(x: number): string {
  assertFiniteForElixir(x, 'formatNotebookResult');
  const magnitude = Math.abs(x);
  if (Number.isInteger(x) && magnitude >= 1 && magnitude < 1e16) {
    // Every double in this range is an integer that BigInt prints exactly.
    return `${x < 0 ? '-' : ''}${BigInt(magnitude).toString()}.0`;
  }
  return formatArticleFloat(x);
}

/**
 * Writes an integer with Unicode superscript digits, e.g. -11 → "⁻¹¹", for
 * exponents in "× 10ⁿ". Returns "—" for NaN and ±Infinity.
 *
 * @throws RangeError for a finite number that is not an integer.
 */
export function superscript(n: number): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  if (!Number.isInteger(n)) {
    throw new RangeError(`superscript expects an integer, got ${String(n)}`);
  }
  const text = BigInt(n).toString();
  let result = '';
  for (const char of text) {
    result += char === '-' ? SUPERSCRIPT_MINUS : (SUPERSCRIPT_DIGITS[Number(char)] ?? '');
  }
  return result;
}

/**
 * Rounds a positive finite number to `significantDigits` digits and returns
 * the mantissa text (trailing zeros trimmed, but a whole mantissa keeps ".0")
 * and its decimal exponent.
 */
function scientificParts(
  magnitude: number,
  significantDigits: number,
): { mantissa: string; exponent: number } {
  const rounded = parseExponential(magnitude.toExponential(significantDigits - 1));
  const head = rounded.digits.slice(0, 1);
  const tail = rounded.digits.slice(1).replace(/0+$/, '') || '0';
  return { mantissa: `${head}.${tail}`, exponent: rounded.exponent };
}

/**
 * Joins a mantissa and exponent into "m × 10ⁿ", or just "m" when n is 0. The spaces around "×"
 * are no-break spaces, so that a line never ends in "9.85 ×" with "10¹⁵" on the next.
 */
export function joinScientific(mantissa: string, exponent: number): string {
  return exponent === 0 ? mantissa : `${mantissa}${NBSP}${TIMES}${NBSP}10${superscript(exponent)}`;
}

/**
 * Scientific notation for people: "9.85 × 10¹⁵", "−9.93 × 10⁷", "1.0 × 10⁻¹¹".
 * The mantissa is rounded to `significantDigits` significant digits (default
 * 3), trailing zeros are dropped but a whole mantissa keeps one decimal
 * ("1.0"), and an exponent of zero is left out ("5.0", "2.5"). Zero (either
 * sign) prints "0"; negatives use the U+2212 minus sign. Returns "—" for NaN
 * and ±Infinity.
 *
 * @throws RangeError if `significantDigits` is not an integer from 1 to 100.
 */
export function formatScientific(x: number, significantDigits = 3): string {
  checkSignificantDigits(significantDigits);
  if (!Number.isFinite(x)) return NOT_A_NUMBER;
  if (x === 0) return '0';
  const { mantissa, exponent } = scientificParts(Math.abs(x), significantDigits);
  return (x < 0 ? MINUS : '') + joinScientific(mantissa, exponent);
}

/**
 * The start of an amount of money: "$", or "−$" for a negative one, held together by U+2060 WORD
 * JOINER: a line may otherwise break between the two signs, leaving "−" alone at a line's end.
 */
export function dollarSign(negative: boolean): string {
  return negative ? `${MINUS}\u2060$` : '$';
}

/**
 * Whole US dollars with thousands separators: "$99,750,000", "−$99,250,000".
 * Rounds to the nearest dollar, halves away from zero; anything that rounds
 * to zero prints "$0" with no sign. From $1e15 on it switches to scientific
 * notation ("$1.99 × 10¹⁹"). Does not depend on the machine's locale.
 * Returns "—" for NaN and ±Infinity.
 */
export function formatMoney(x: number): string {
  if (!Number.isFinite(x)) return NOT_A_NUMBER;
  const magnitude = Math.abs(x);
  const sign = dollarSign(x < 0);
  if (magnitude >= MONEY_SCIENTIFIC_THRESHOLD) {
    return `${sign}${formatScientific(magnitude)}`;
  }
  const dollars = Math.round(magnitude);
  if (dollars === 0) return '$0';
  return `${sign}${groupThousands(String(dollars))}`;
}

/**
 * Dollars to the cent when an amount is not a whole number of dollars ("$0.40", "−$1,234.56"),
 * and as `formatMoney` when it is ("$1"): for amounts the reader types, which whole dollars
 * would round to "$0" beside a prediction of "$1". From $1e15 on, as `formatMoney`.
 */
export function formatMoneyCents(x: number): string {
  if (!Number.isFinite(x) || Math.abs(x) >= MONEY_SCIENTIFIC_THRESHOLD) return formatMoney(x);
  const cents = Math.round(Math.abs(x) * 100);
  if (cents % 100 === 0) return formatMoney(x);
  return `${dollarSign(x < 0)}${groupThousands(String(Math.floor(cents / 100)))}.${String(cents % 100).padStart(2, '0')}`;
}

const SHORT_MONEY_UNITS = [
  { size: 1e12, suffix: 'T' },
  { size: 1e9, suffix: 'B' },
  { size: 1e6, suffix: 'M' },
  { size: 1e3, suffix: 'K' },
] as const;

/**
 * Compact dollars for tight spaces: "$99.75M", "$250K", "$1.5B", "$2.5T",
 * "$950". Keeps at most 4 significant digits with trailing zeros trimmed;
 * amounts under $1,000 additionally keep at most two decimals (cents), and
 * anything that rounds to zero prints "$0" with no sign. Negatives get a
 * U+2212 minus before the "$". From $1e15 on it switches to scientific
 * notation. Returns "—" for NaN and ±Infinity.
 */
export function formatMoneyShort(x: number): string {
  if (!Number.isFinite(x)) return NOT_A_NUMBER;
  const sign = dollarSign(x < 0);
  const magnitude = Math.abs(x);
  if (magnitude >= MONEY_SCIENTIFIC_THRESHOLD) {
    return `${sign}${formatScientific(magnitude)}`;
  }
  // Round first so a carry (999,999.9 → 1.000M) picks the right unit.
  const rounded = Number(magnitude.toPrecision(4));
  if (rounded >= MONEY_SCIENTIFIC_THRESHOLD) {
    return `${sign}${formatScientific(rounded)}`;
  }
  for (const unit of SHORT_MONEY_UNITS) {
    if (rounded >= unit.size) {
      const scaled = trimFraction((rounded / unit.size).toPrecision(4));
      return `${sign}${scaled}${unit.suffix}`;
    }
  }
  const cents = trimFraction(rounded.toFixed(2));
  if (cents === '0') return '$0';
  return `${sign}${cents}`;
}

/**
 * A readable general-purpose number for tables and prose. For
 * 1e-4 <= |x| < 1e15 it is a plain decimal with thousands separators,
 * rounded to `significantDigits` significant digits (default 4) but never
 * losing integer digits ("99,750,000", "498.8"), with trailing fractional
 * zeros dropped. Outside that range it uses {@link formatScientific}. Zero
 * prints "0"; negatives use the U+2212 minus sign. Returns "—" for NaN and
 * ±Infinity.
 *
 * @throws RangeError if `significantDigits` is not an integer from 1 to 100.
 */
export function formatNumber(x: number, significantDigits = 4): string {
  checkSignificantDigits(significantDigits);
  if (!Number.isFinite(x)) return NOT_A_NUMBER;
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (magnitude < 1e-4 || magnitude >= 1e15) {
    return formatScientific(x, significantDigits);
  }
  const integerDigits = shortestDecimal(magnitude).exponent + 1;
  const decimals = Math.min(100, Math.max(0, significantDigits - integerDigits));
  const [whole = '0', fraction] = trimFraction(magnitude.toFixed(decimals)).split('.');
  const text = fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
  return (x < 0 ? MINUS : '') + text;
}

/** The largest 64-bit float, as the page writes it: "1.8 × 10³⁰⁸". */
export const LARGEST_DOUBLE = joinScientific('1.8', 308);

/**
 * A factor such as r = 1 − alpha × input², by which each update multiplies the gap, for people:
 * with as many significant digits as it takes not to read as exactly 1 or −1 when it is not
 * ("0.99996", where four digits would say "1": a reader is told r must be below 1 to settle), and
 * in words when alpha × input² was beyond the largest double and r overflowed ("less than
 * −1.8 × 10³⁰⁸"). Returns "—" for NaN.
 */
export function formatFactor(r: number): string {
  if (Number.isNaN(r)) return NOT_A_NUMBER;
  if (r === Number.NEGATIVE_INFINITY) return `less than ${MINUS}${LARGEST_DOUBLE}`;
  if (r === Number.POSITIVE_INFINITY) return `more than ${LARGEST_DOUBLE}`;
  let digits = 4;
  while (digits < 17 && Math.abs(r) !== 1 && Math.abs(Number(r.toPrecision(digits))) === 1) digits += 1;
  return formatNumber(r, digits);
}

/** "r = 0.6", "r = 0.99996", or "r < −1.8 × 10³⁰⁸" where r overflowed (see {@link formatFactor}). */
export function formatFactorEquation(name: string, r: number): string {
  if (r === Number.NEGATIVE_INFINITY) return `${name} < ${MINUS}${LARGEST_DOUBLE}`;
  if (r === Number.POSITIVE_INFINITY) return `${name} > ${LARGEST_DOUBLE}`;
  return `${name} = ${formatFactor(r)}`;
}

/**
 * Formats delta² for people, like {@link formatScientific}, without squaring
 * in floating point when that would overflow to Infinity (or underflow to 0):
 * a diverging run's error can be far beyond 1.8e308. The square is built from
 * delta's decimal mantissa and exponent instead: (m × 10^e)² = m² × 10^(2e).
 * Returns "0" for 0 and "—" for NaN and ±Infinity.
 *
 * @throws RangeError if `significantDigits` is not an integer from 1 to 100.
 */
export function formatSquareOfNumber(delta: number, significantDigits = 3): string {
  checkSignificantDigits(significantDigits);
  if (!Number.isFinite(delta)) return NOT_A_NUMBER;
  if (delta === 0) return '0';
  const square = delta * delta;
  if (Number.isFinite(square) && square >= SMALLEST_NORMAL) {
    // A normal double: the direct product is accurate.
    return formatScientific(square, significantDigits);
  }
  const decimal = shortestDecimal(Math.abs(delta));
  const mantissa = Number(`${decimal.digits.slice(0, 1)}.${decimal.digits.slice(1) || '0'}`);
  const parts = scientificParts(mantissa * mantissa, significantDigits);
  return joinScientific(parts.mantissa, parts.exponent + 2 * decimal.exponent);
}

/**
 * A double exactly as it is, for people: the shortest digits that read back to the same double,
 * with thousands grouped ("498.74999999999994", "19,850,000,000,002.5", "−99,250,000"), and in
 * scientific notation with all those digits outside 10⁻⁴ to 10¹⁵ ("4.606254247555585 × 10²⁹⁷").
 * Shows what the machine really holds, where `formatNumber` rounds for reading.
 * Returns "—" for NaN and ±Infinity.
 */
export function formatExact(x: number): string {
  if (!Number.isFinite(x)) return NOT_A_NUMBER;
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  const sign = x < 0 ? MINUS : '';
  if (magnitude < 1e-4 || magnitude >= MONEY_SCIENTIFIC_THRESHOLD) {
    const { digits, exponent } = shortestDecimal(magnitude);
    const mantissa = `${digits.slice(0, 1)}.${digits.slice(1) || '0'}`;
    return sign + joinScientific(mantissa, exponent);
  }
  // In this range String() gives the shortest round-trip digits in plain decimal form.
  const [whole = '0', fraction] = String(magnitude).split('.');
  return sign + (fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`);
}
