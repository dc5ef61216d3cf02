import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dollarSign,
  formatArticleFloat,
  formatExact,
  formatFactor,
  formatFactorEquation,
  formatMoney,
  formatMoneyCents,
  formatMoneyShort,
  formatNotebookResult,
  formatNumber,
  formatScientific,
  formatSquareOfNumber,
  superscript,
} from '../../src/core/format.ts';

const MINUS = '\u2212';
/** A negative amount of money: the minus, a word joiner (no line break), the dollar sign. */
const NEGATIVE_DOLLARS = `${MINUS}\u2060$`;
const EM_DASH = '\u2014';

/** Finite doubles with few decimal digits (m × 10^e), so every layout branch is exercised often. */
const shortDecimalDoubles = fc
  .tuple(
    fc.integer({ min: 1, max: 999_999 }),
    fc.integer({ min: -330, max: 302 }),
    fc.boolean(),
  )
  .map(([mantissa, exponent, negative]) => (negative ? -1 : 1) * Number(`${mantissa}e${exponent}`));

const finiteDoubles = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('formatArticleFloat (Elixir float interpolation)', () => {
  it.each([
    [1, '1.0'],
    [100, '100.0'],
    [6000, '6.0e3'],
    [200000, '2.0e5'],
    [250000, '2.5e5'],
    [99750000, '9.975e7'],
    [86848320, '86848320.0'],
    [92008992, '92008992.0'],
    [40020000, '4.002e7'],
    [63912000, '6.3912e7'],
    [78247200, '7.82472e7'],
  ])('prints the whole number %d as %s', (x, expected) => {
    expect(formatArticleFloat(x)).toBe(expected);
  });

  it.each([
    [200.1, '200.1'],
    [19850000000002.5, '19850000000002.5'],
    [99749999.99999997, '99749999.99999997'],
    [498.74999999999994, '498.74999999999994'],
    [95105395.2, '95105395.2'],
  ])('prints %d, which has a fractional part, in plain decimal as %s', (x, expected) => {
    expect(formatArticleFloat(x)).toBe(expected);
  });

  it.each([
    [0.05, '0.05'],
    [0.001, '0.001'],
    [0.0001, '1.0e-4'],
    [1e-11, '1.0e-11'],
  ])('prints the small number %d as %s', (x, expected) => {
    expect(formatArticleFloat(x)).toBe(expected);
  });

  it.each([
    [200000, '2.0e5'],
    [9.8505625e15, '9.8505625e15'],
    [-9.925e7, '-9.925e7'],
  ])('uses the exponent form for %d: %s', (x, expected) => {
    expect(formatArticleFloat(x)).toBe(expected);
  });

  it('switches whole numbers at or above 2^53 to the exponent form', () => {
    expect(formatArticleFloat(2 ** 53 - 1)).toBe('9007199254740991.0');
    expect(formatArticleFloat(2 ** 53)).toBe('9.007199254740992e15');
  });

  it('puts a hyphen-minus in front of negatives', () => {
    expect(formatArticleFloat(-200.1)).toBe('-200.1');
    expect(formatArticleFloat(-0.05)).toBe('-0.05');
    expect(formatArticleFloat(-1)).toBe('-1.0');
  });

  it('prints zero as 0.0 and negative zero as -0.0, as Elixir does', () => {
    expect(formatArticleFloat(0)).toBe('0.0');
    expect(formatArticleFloat(-0)).toBe('-0.0');
  });

  it('handles the extremes of the double range', () => {
    expect(formatArticleFloat(Number.MAX_VALUE)).toBe('1.7976931348623157e308');
    expect(formatArticleFloat(Number.MIN_VALUE)).toBe('5.0e-324');
  });

  it.each([NaN, Infinity, -Infinity])('throws a RangeError for %d, which Elixir cannot hold', (x) => {
    expect(() => formatArticleFloat(x)).toThrow(RangeError);
  });

  it('always prints something that reads back to the very same double', () => {
    fc.assert(
      fc.property(fc.oneof(finiteDoubles, shortDecimalDoubles), (x) => {
        expect(Object.is(Number(formatArticleFloat(x)), x)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  describe('reproduces the original article trace character for character', () => {
    const traceUrl = new URL('../fixtures/original-trace.txt', import.meta.url);
    const trace = readFileSync(traceUrl, 'utf8');
    const tokens = [...trace.matchAll(/\b(?:weight|current_prediction|goal_prediction): ([^,\s]+)/g)].map(
      (match) => match[1] ?? '',
    );

    it('finds the weights and predictions in the trace file', () => {
      expect(tokens.length).toBeGreaterThan(200);
      expect(tokens).toContain('200.1');
      expect(tokens).toContain('9.975e7');
      expect(tokens).toContain('86848320.0');
    });

    it('prints every token in the trace exactly as the program did', () => {
      const mismatches = tokens.filter((token) => formatArticleFloat(Number(token)) !== token);
      expect(mismatches).toEqual([]);
    });
  });
});

describe('formatNotebookResult (notebook cell display)', () => {
  it.each([
    [250000, '250000.0'],
    [99750000, '99750000.0'],
    [1, '1.0'],
    [-99250000, '-99250000.0'],
    [9.8505625e15, '9850562500000000.0'],
  ])('writes the whole number %d out in full: %s', (x, expected) => {
    expect(formatNotebookResult(x)).toBe(expected);
  });

  it('falls back to the article format outside 1 <= |x| < 1e16 or for fractions', () => {
    expect(formatNotebookResult(1e16)).toBe('1.0e16');
    expect(formatNotebookResult(0)).toBe('0.0');
    expect(formatNotebookResult(-0)).toBe('-0.0');
    expect(formatNotebookResult(200.1)).toBe('200.1');
    expect(formatNotebookResult(0.0001)).toBe('1.0e-4');
  });

  it.each([NaN, Infinity, -Infinity])('throws a RangeError for %d', (x) => {
    expect(() => formatNotebookResult(x)).toThrow(RangeError);
  });

  it('always prints something that reads back to the very same double', () => {
    fc.assert(
      fc.property(fc.oneof(finiteDoubles, shortDecimalDoubles), (x) => {
        expect(Object.is(Number(formatNotebookResult(x)), x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatMoneyCents', () => {
  it('writes cents only where the amount is not whole dollars', () => {
    expect(formatMoneyCents(0.4)).toBe('$0.40');
    expect(formatMoneyCents(-1234.5)).toBe(`${NEGATIVE_DOLLARS}1,234.50`);
    expect(formatMoneyCents(1)).toBe('$1');
    expect(formatMoneyCents(99750000)).toBe('$99,750,000');
    expect(formatMoneyCents(0.001)).toBe('$0');
    expect(formatMoneyCents(0.999)).toBe('$1');
    expect(formatMoneyCents(2e15)).toBe(formatMoney(2e15));
    expect(formatMoneyCents(Number.NaN)).toBe('—');
  });
});

describe('formatMoney', () => {
  it('writes whole dollars with thousands separators', () => {
    expect(formatMoney(99750000)).toBe('$99,750,000');
    expect(formatMoney(950)).toBe('$950');
    expect(formatMoney(1234.56)).toBe('$1,235');
  });

  it('puts a U+2212 minus sign before the dollar sign for negatives, joined to it', () => {
    expect(formatMoney(-99250000)).toBe(`${NEGATIVE_DOLLARS}99,250,000`);
    // U+2060 WORD JOINER: no line break between "−" and "$"; it has no width and is not read out.
    expect(dollarSign(true)).toBe('\u2212\u2060$');
    expect(dollarSign(false)).toBe('$');
  });

  it('rounds halves away from zero', () => {
    expect(formatMoney(2.5)).toBe('$3');
    expect(formatMoney(-2.5)).toBe(`${NEGATIVE_DOLLARS}3`);
  });

  it('never shows a negative zero: -0.4 rounds to $0', () => {
    expect(formatMoney(-0.4)).toBe('$0');
    expect(formatMoney(-0)).toBe('$0');
    expect(formatMoney(0)).toBe('$0');
  });

  it('switches to scientific notation from $1e15', () => {
    expect(formatMoney(1.99e19)).toBe('$1.99\u00a0×\u00a010¹⁹');
    expect(formatMoney(-1.99e19)).toBe(`${NEGATIVE_DOLLARS}1.99\u00a0×\u00a010¹⁹`);
    expect(formatMoney(999_999_999_999_999)).toBe('$999,999,999,999,999');
  });

  it('shows an em dash for non-finite amounts', () => {
    expect(formatMoney(NaN)).toBe(EM_DASH);
    expect(formatMoney(Infinity)).toBe(EM_DASH);
  });
});

describe('formatMoneyShort', () => {
  it.each([
    [99750000, '$99.75M'],
    [250000, '$250K'],
    [200000, '$200K'],
    [1500000000, '$1.5B'],
    [2.5e12, '$2.5T'],
    [950, '$950'],
  ])('abbreviates %d as %s', (x, expected) => {
    expect(formatMoneyShort(x)).toBe(expected);
  });

  it('keeps at most four significant digits and moves up a unit when rounding carries', () => {
    expect(formatMoneyShort(99_749_999)).toBe('$99.75M');
    expect(formatMoneyShort(999_999.9)).toBe('$1M');
    expect(formatMoneyShort(999.999)).toBe('$1K');
  });

  it('keeps at most cents below $1,000 and never shows a negative zero', () => {
    expect(formatMoneyShort(12.345)).toBe('$12.35');
    expect(formatMoneyShort(-0.004)).toBe('$0');
    expect(formatMoneyShort(0)).toBe('$0');
  });

  it('puts a U+2212 minus sign before the dollar sign for negatives', () => {
    expect(formatMoneyShort(-99250000)).toBe(`${NEGATIVE_DOLLARS}99.25M`);
  });

  it('switches to scientific notation from $1e15', () => {
    expect(formatMoneyShort(1.99e19)).toBe('$1.99\u00a0×\u00a010¹⁹');
    expect(formatMoneyShort(-1.99e19)).toBe(`${NEGATIVE_DOLLARS}1.99\u00a0×\u00a010¹⁹`);
  });

  it('shows an em dash for non-finite amounts', () => {
    expect(formatMoneyShort(-Infinity)).toBe(EM_DASH);
  });
});

describe('formatScientific', () => {
  it('never leaves a place for a line to break: the spaces around × are no-break spaces', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = formatScientific(x);
        return !/[ \t\n]/.test(text) && (!text.includes('×') || text.includes('\u00a0×\u00a010'));
      }),
    );
    // Money and plain numbers fall back on it, and so does the square of a delta beyond a double.
    expect(formatMoney(1.99e19)).toBe('$1.99\u00a0×\u00a010¹⁹');
    expect(formatSquareOfNumber(1e200)).toBe('1.0\u00a0×\u00a010⁴⁰⁰');
  });

  it.each([
    [9.8505625e15, '9.85\u00a0×\u00a010¹⁵'],
    [1e-11, '1.0\u00a0×\u00a010⁻¹¹'],
    [2.5e-11, '2.5\u00a0×\u00a010⁻¹¹'],
    [-99250000, `${MINUS}9.93\u00a0×\u00a010⁷`],
    [1.5e3, '1.5\u00a0×\u00a010³'],
    [9.999e5, '1.0\u00a0×\u00a010⁶'],
  ])('writes %d as %s', (x, expected) => {
    expect(formatScientific(x)).toBe(expected);
  });

  it('leaves out "× 10⁰" when the exponent is zero', () => {
    expect(formatScientific(5)).toBe('5.0');
    expect(formatScientific(2.5)).toBe('2.5');
  });

  it('prints zero of either sign as 0', () => {
    expect(formatScientific(0)).toBe('0');
    expect(formatScientific(-0)).toBe('0');
  });

  it('honours the number of significant digits', () => {
    expect(formatScientific(9.8505625e15, 5)).toBe('9.8506\u00a0×\u00a010¹⁵');
    expect(formatScientific(9.8505625e15, 1)).toBe('1.0\u00a0×\u00a010¹⁶');
  });

  it('rejects a significant-digit count that is not an integer from 1 to 100', () => {
    expect(() => formatScientific(1, 0)).toThrow(RangeError);
    expect(() => formatScientific(1, 2.5)).toThrow(RangeError);
    expect(() => formatScientific(1, 101)).toThrow(RangeError);
  });

  it('shows an em dash for non-finite numbers', () => {
    expect(formatScientific(NaN)).toBe(EM_DASH);
  });
});

describe('formatNumber', () => {
  it('rounds to significant digits but never drops integer digits', () => {
    expect(formatNumber(498.75, 5)).toBe('498.75');
    expect(formatNumber(498.75)).toBe('498.8');
    expect(formatNumber(99749999.99)).toBe('99,750,000');
  });

  it('drops trailing zeros of the fraction', () => {
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatNumber(9.99999)).toBe('10');
  });

  it('writes small numbers down to 1e-4 as plain decimals', () => {
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(0.0001)).toBe('0.0001');
  });

  it('uses scientific notation outside 1e-4 <= |x| < 1e15', () => {
    expect(formatNumber(1e-5)).toBe('1.0\u00a0×\u00a010⁻⁵');
    expect(formatNumber(9.8505625e15)).toBe('9.851\u00a0×\u00a010¹⁵');
  });

  it('uses the U+2212 minus sign and prints zero as 0', () => {
    expect(formatNumber(-1234.5)).toBe(`${MINUS}1,235`);
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });

  it('shows an em dash for non-finite numbers', () => {
    expect(formatNumber(Infinity)).toBe(EM_DASH);
  });
});

describe('formatFactor: r = 1 − alpha × input², the factor each update multiplies the gap by', () => {
  it('gives four significant digits, and more where four would read as exactly 1 or −1', () => {
    expect(formatFactor(0.6)).toBe('0.6');
    expect(formatFactor(1 - 1e-11 * 4e10)).toBe('0.6');
    expect(formatFactor(0.99996)).toBe('0.99996');
    expect(formatFactor(1 - 4e-13)).toBe('0.9999999999996');
    expect(formatFactor(-1.00002)).toBe(`${MINUS}1.00002`);
    expect(formatFactor(1)).toBe('1');
    expect(formatFactor(-1)).toBe(`${MINUS}1`);
  });

  it('never reads as ±1 unless it is, for any r near 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.9, max: 1.1, noNaN: true }), (r) => {
        const text = formatFactor(r);
        return r === 1 || text !== '1';
      }),
    );
  });

  it('says in words where alpha × input² overflowed, and never shows Infinity', () => {
    expect(formatFactor(1 - 1e308 * 4e10)).toBe(`less than ${MINUS}1.8\u00a0×\u00a010³⁰⁸`);
    expect(formatFactor(1 + 1e308 * 4e10)).toBe('more than 1.8\u00a0×\u00a010³⁰⁸');
    expect(formatFactor(Number.NaN)).toBe('\u2014');
    expect(formatFactorEquation('r', 1 - 1e308 * 4e10)).toBe(`r < ${MINUS}1.8\u00a0×\u00a010³⁰⁸`);
    expect(formatFactorEquation('r', Number.POSITIVE_INFINITY)).toBe('r > 1.8\u00a0×\u00a010³⁰⁸');
    expect(formatFactorEquation('r', 0.99996)).toBe('r = 0.99996');
  });
});

describe('formatSquareOfNumber', () => {
  it('squares ordinary numbers like formatScientific(delta * delta)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e150, max: 1e150, noNaN: true }), fc.integer({ min: 1, max: 15 }), (delta, digits) => {
        fc.pre(delta === 0 || Math.abs(delta) > 1e-150);
        expect(formatSquareOfNumber(delta, digits)).toBe(formatScientific(delta * delta, digits));
      }),
    );
  });

  it('formats squares far beyond the double range without overflowing', () => {
    expect(formatSquareOfNumber(1.2e200)).toBe('1.44\u00a0×\u00a010⁴⁰⁰');
    expect(formatSquareOfNumber(-1.2e200)).toBe('1.44\u00a0×\u00a010⁴⁰⁰');
    expect(formatSquareOfNumber(Number.MAX_VALUE)).toBe('3.23\u00a0×\u00a010⁶¹⁶');
  });

  it('formats squares too small for a double without underflowing to zero', () => {
    expect(formatSquareOfNumber(1e-200)).toBe('1.0\u00a0×\u00a010⁻⁴⁰⁰');
    expect(formatSquareOfNumber(3e-170)).toBe('9.0\u00a0×\u00a010⁻³⁴⁰');
  });

  it('prints 0 for zero and an em dash for non-finite input', () => {
    expect(formatSquareOfNumber(0)).toBe('0');
    expect(formatSquareOfNumber(NaN)).toBe(EM_DASH);
  });
});

describe('superscript', () => {
  it('writes integers with superscript digits and a superscript minus', () => {
    expect(superscript(15)).toBe('¹⁵');
    expect(superscript(-11)).toBe('⁻¹¹');
    expect(superscript(0)).toBe('⁰');
    expect(superscript(1234567890)).toBe('¹²³⁴⁵⁶⁷⁸⁹⁰');
  });

  it('rejects fractions and shows an em dash for non-finite input', () => {
    expect(() => superscript(1.5)).toThrow(RangeError);
    expect(superscript(NaN)).toBe(EM_DASH);
  });
});

describe('no formatter ever shows "NaN" or "Infinity"', () => {
  const anyDouble = fc.oneof(
    fc.double(),
    shortDecimalDoubles,
    fc.constantFrom(NaN, Infinity, -Infinity, 0, -0),
  );
  const looksBroken = (text: string): boolean => text.includes('NaN') || text.includes('Infinity');

  it('holds for the people-facing formatters, which show an em dash instead', () => {
    fc.assert(
      fc.property(anyDouble, fc.integer({ min: 1, max: 20 }), (x, digits) => {
        const outputs = [
          formatMoney(x),
          formatMoneyShort(x),
          formatScientific(x, digits),
          formatNumber(x, digits),
          formatSquareOfNumber(x, digits),
        ];
        for (const output of outputs) {
          expect(looksBroken(output)).toBe(false);
          expect(output === EM_DASH).toBe(!Number.isFinite(x));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for the Elixir formatters, which throw a RangeError instead', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        for (const format of [formatArticleFloat, formatNotebookResult]) {
          if (Number.isFinite(x)) {
            expect(looksBroken(format(x))).toBe(false);
          } else {
            expect(() => format(x)).toThrow(RangeError);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for superscript on integers and non-finite numbers', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.double().filter((x) => Number.isInteger(x)),
          fc.constantFrom(NaN, Infinity, -Infinity),
        ),
        (n) => {
          expect(looksBroken(superscript(n))).toBe(false);
        },
      ),
    );
  });
});

describe('formatExact (a double exactly as it is, for people)', () => {
  it.each([
    [498.74999999999994, '498.74999999999994'],
    [498.75, '498.75'],
    [200.1, '200.1'],
    [19_850_000_000_002.5, '19,850,000,000,002.5'],
    [-99_250_000, '−99,250,000'],
    [0.6000000000000001, '0.6000000000000001'],
    [1e-11, '1.0\u00a0×\u00a010⁻¹¹'],
    [4.606254247555585e297, '4.606254247555585\u00a0×\u00a010²⁹⁷'],
    [0, '0'],
    [-0, '0'],
    [NaN, '—'],
    [-Infinity, '—'],
  ])('prints %d as %s', (x, text) => {
    expect(formatExact(x)).toBe(text);
  });
});
