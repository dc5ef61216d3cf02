import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/store/parseNumber.ts';

const value = (text: string) => {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : parsed.message;
};

describe('parseNumber', () => {
  it.each([
    ['1e-11', 1e-11],
    ['0.00000000001', 1e-11],
    ['1.0 × 10⁻¹¹', 1e-11],
    // As the page writes it, with no-break spaces around the sign.
    ['1.0\u00a0×\u00a010⁻¹¹', 1e-11],
    ['2.5 x 10^-11', 2.5e-11],
    ['99,750,000', 99_750_000],
    ['$200,000', 200_000],
    ['  498.75  ', 498.75],
    ['2,5', 2.5],
    ['−5', -5],
    // What the page prints for a negative amount, copied back: a word joiner between − and $.
    ['−\u2060$150,000', -150_000],
    ['-0', 0],
    ['1e-320', 1e-320],
    ['1e308', 1e308],
    ['.5', 0.5],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['', /enter a number/i],
    ['   ', /enter a number/i],
    ['abc', /not a number/i],
    ['NaN', /finite/i],
    ['Infinity', /finite/i],
    ['-Infinity', /finite/i],
    ['1e309', /too large/i],
    ['-1e999', /too large/i],
    ['<script>alert(1)</script>', /not a number/i],
    ['<b>5</b>', /not a number/i],
    ['١٢٣', /digits 0 to 9/i],
    ['1.2.3', /not a number/i],
    ['9'.repeat(400), /too long/i],
  ])('refuses %s with a message', (text, message) => {
    const parsed = parseNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('reads back every finite double it is given as text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(value(String(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('never returns a value that is not finite, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const parsed = parseNumber(text);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        else expect(parsed.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
