import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT, MIN_AMOUNT, formatFilmsCsv, parseFilmsCsv, type ParsedFilms } from '../../src/core/csv.ts';
import { FILMS } from '../../src/core/films.ts';

/** Every number in the rows is finite, the budget positive and the gross not negative. */
function expectSaneRows({ rows }: ParsedFilms): void {
  for (const row of rows) {
    expect(Number.isFinite(row.budget) && row.budget > 0 && row.budget <= MAX_AMOUNT).toBe(true);
    expect(Number.isFinite(row.gross) && row.gross >= 0 && row.gross <= MAX_AMOUNT).toBe(true);
    expect(Object.is(row.gross, -0)).toBe(false);
  }
}

/** The budget of a one-film file `Film,<budget>,100`, read on line 1: the number, or the problem. */
function readBudget(field: string): number | string {
  const parsed = parseFilmsCsv(`Film,${field},100`);
  expectSaneRows(parsed);
  expect(parsed.rows.length + parsed.problems.length).toBeGreaterThanOrEqual(1);
  return parsed.rows[0]?.budget ?? parsed.problems.map((p) => p.message).join(' | ');
}

describe('reading films from CSV', () => {
  it('reads title,budget,gross lines without a header', () => {
    expect(parseFilmsCsv('Mad Max,200000,99750000\nRocky,1000000,225000000\n')).toEqual({
      rows: [
        { line: 1, title: 'Mad Max', budget: 200_000, gross: 99_750_000 },
        { line: 2, title: 'Rocky', budget: 1_000_000, gross: 225_000_000 },
      ],
      problems: [],
    });
  });

  it('chooses columns by header name, in any order and any case', () => {
    expect(parseFilmsCsv('Gross,TITLE,Budget\n99750000,Mad Max,200000').rows).toEqual([
      { line: 2, title: 'Mad Max', budget: 200_000, gross: 99_750_000 },
    ]);
  });

  it("reads the project's films.csv as it is, taking the worldwide gross and ignoring the other columns", () => {
    // The header and three lines of the data file, verbatim (the first and last quote their sources).
    const text = [
      'title,year,budget_usd,worldwide_gross_usd,domestic_gross_usd,runtime_min,sources',
      'Mad Max,1979,200000,99750000,8750000,93,"[MEDIUM] budget: TN 200000 + I5K 200000 (= IMDb figure in source article); Wikipedia gives A$350,000-400,000 and allmovie.com $300,000 | worldwide: TN 99750000 (= IMDb figure in source article); Wikipedia \'US$100 million\' (rounded) | domestic: TN 8750000 only (allmovie.com box office $8,773,197) | runtime: Wikipedia 93; I5K 93; allmovie 93 | year: Australian release 1979-04-12; TN lists US release 1980-03-21"',
      'Rocky,1976,1000000,225000000,117235147,119,[MEDIUM] budget: TN 1000000 (tv.com trivia copies same); Wikipedia infobox copy and I5K say 960000; other pages $1.1M | worldwide: TN 225000000; Wikipedia $225 million | domestic: TN 117235147; I5K 117235247 | runtime: Wikipedia 119; sportsinmovies.com 119 (I5K 145 looks wrong)',
      'Moneyball,2011,50000000,111300835,75605492,133,"[HIGH] budget: TN, I5K, MI, Wikipedia 50000000 | worldwide: TN 111300835 (Wikipedia $110.2M; MI 110206216) | domestic: TN 75605492 = I5K 75605492 | runtime: Wikipedia 133; I5K 133; MI 133"',
    ].join('\n');
    const parsed = parseFilmsCsv(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual(
      [FILMS[0]!, FILMS[2]!, FILMS[19]!].map((film, k) => ({ line: k + 2, title: film.title, budget: film.budget, gross: film.worldwideGross })),
    );
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers each record by the line it starts on', () => {
    const parsed = parseFilmsCsv('"Crouching Tiger, Hidden Dragon",17000000,"213,525,736"\n"The ""Room""\nDirector\'s cut",6000000,1900000\nJuno,7500000,231450102');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 1, title: 'Crouching Tiger, Hidden Dragon', budget: 17_000_000, gross: 213_525_736 },
      { line: 2, title: 'The "Room"\nDirector\'s cut', budget: 6_000_000, gross: 1_900_000 },
      { line: 4, title: 'Juno', budget: 7_500_000, gross: 231_450_102 },
    ]);
  });

  it('accepts $, spaces, a plus sign, decimals, exponents and, in quotes, thousands separators', () => {
    expect(readBudget('$200000')).toBe(200_000);
    expect(readBudget(' $ 200 000 ')).toBe(200_000);
    expect(readBudget('"$1,000,000"')).toBe(1_000_000);
    expect(readBudget('"1,000.50"')).toBe(1000.5);
    expect(readBudget('+42')).toBe(42);
    expect(readBudget('0.2')).toBe(0.2);
    expect(readBudget('.5')).toBe(0.5);
    expect(readBudget('2.5e7')).toBe(25_000_000);
    expect(readBudget('1000000000000000')).toBe(1e15);
    expect(readBudget(`${'0'.repeat(400)}7`)).toBe(7);
  });

  it.each([
    ['', "Line 1: the budget is empty."],
    ['   ', 'Line 1: the budget is empty.'],
    ['abc', "Line 1: the budget 'abc' is not a number."],
    ['NaN', "Line 1: the budget 'NaN' is not a number."],
    ['Infinity', "Line 1: the budget 'Infinity' is not a number."],
    ['-Infinity', "Line 1: the budget '-Infinity' is not a number."],
    ['1e308', "Line 1: the budget '1e308' is too large: amounts above 10¹⁵ (1,000,000,000,000,000) are refused."],
    ['-1e308', "Line 1: the budget '-1e308' has a minus sign: amounts cannot be negative."],
    ['1e-320', "Line 1: the budget '1e-320' is too small: amounts between 0 and 0.000001 are refused."],
    ['1e-400', "Line 1: the budget '1e-400' is too small to be held as a number."],
    ['-0', "Line 1: the budget '-0' has a minus sign: amounts cannot be negative."],
    ['0', 'Line 1: the budget is 0: a budget must be more than 0.'],
    ['0.000', 'Line 1: the budget is 0: a budget must be more than 0.'],
    ['-5', "Line 1: the budget '-5' has a minus sign: amounts cannot be negative."],
    ['\u22125', "Line 1: the budget '\u22125' has a minus sign: amounts cannot be negative."],
    ['$-5', "Line 1: the budget '$-5' has a minus sign: amounts cannot be negative."],
    ['9'.repeat(400), `Line 1: the budget '${'9'.repeat(39)}…' is too large: amounts above 10¹⁵ (1,000,000,000,000,000) are refused.`],
    ['10000000000000001', "Line 1: the budget '10000000000000001' is too large: amounts above 10¹⁵ (1,000,000,000,000,000) are refused."],
    ['<script>alert(1)</script>', "Line 1: the budget '<script>alert(1)</script>' is not a number."],
    ['\u0661\u0662\u0663', "Line 1: the budget '\u0661\u0662\u0663' is not a number: write its digits as 0–9."],
    ['\uFF11\uFF12\uFF13', "Line 1: the budget '\uFF11\uFF12\uFF13' is not a number: write its digits as 0–9."],
    ['"1,5"', "Line 1: the budget '1,5' is not a number: use a point for decimals (1.5) and commas only between groups of three digits."],
    ['"1.000,50"', "Line 1: the budget '1.000,50' is not a number: use a point for decimals (1.5) and commas only between groups of three digits."],
    ['1.000.000', "Line 1: the budget '1.000.000' is not a number."],
    ['0x10', "Line 1: the budget '0x10' is not a number."],
    ['1_000', "Line 1: the budget '1_000' is not a number."],
    ['"1,00,000"', "Line 1: the budget '1,00,000' is not a number."],
    ['12 34', "Line 1: the budget '12 34' is not a number."],
    ['200k', "Line 1: the budget '200k' is not a number."],
  ])('refuses the budget %j with a clear message', (field, message) => {
    expect(readBudget(field)).toBe(message);
  });

  it('accepts a gross of 0 but not a budget of 0', () => {
    expect(parseFilmsCsv('Flop,1000,0').rows).toEqual([{ line: 1, title: 'Flop', budget: 1000, gross: 0 }]);
    expect(parseFilmsCsv('Flop,0,1000').problems).toHaveLength(1);
  });

  it('reports every problem of a line, and an empty title', () => {
    expect(parseFilmsCsv(' ,abc,-3').problems.map((p) => p.message)).toEqual([
      'Line 1: the title is empty.',
      "Line 1: the budget 'abc' is not a number.",
      "Line 1: the gross '-3' has a minus sign: amounts cannot be negative.",
    ]);
  });

  it('tells the reader to quote numbers with commas, which otherwise split the line into more fields', () => {
    expect(parseFilmsCsv('Mad Max,200,000,99,750,000').problems).toEqual([
      {
        line: 1,
        message:
          'Line 1: expected 3 fields (title, budget, gross) but found 6. Put numbers with commas in quotes ("1,000,000"), or add a header line (title,budget,gross) to choose columns.',
      },
    ]);
  });

  it('tells the reader to use commas when the fields are separated by semicolons or tabs', () => {
    expect(parseFilmsCsv('Mad Max;200000;99750000').problems[0]?.message).toBe(
      'Line 1: expected 3 fields (title, budget, gross) but found 1. Separate the fields with commas, not semicolons or tabs.',
    );
  });

  it('with a header, wants every line to have as many fields as the header', () => {
    expect(parseFilmsCsv('title,budget,gross\nA,1,2,3\nB,1').problems.map((p) => p.message)).toEqual([
      'Line 2: 4 fields, but the header has 3.',
      'Line 3: 2 fields, but the header has 3.',
    ]);
  });

  it('says when a header lacks the budget or gross column, and does not read any line silently', () => {
    const parsed = parseFilmsCsv('title,year,runtime\nA,1999,90\nB,2000,100');
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'Line 1: the header has no budget or gross column (name them, for example, title,budget,gross).',
      'Line 2: not read, because the header has no budget or gross column.',
      'Line 3: not read, because the header has no budget or gross column.',
    ]);
  });

  it('names films after their line when the header has no title column', () => {
    expect(parseFilmsCsv('budget,gross\n10,20').rows).toEqual([{ line: 2, title: 'Film on line 2', budget: 10, gross: 20 }]);
  });

  it('reports a quote that is never closed, and text after a closing quote', () => {
    expect(parseFilmsCsv('Good,1,2\n"Open,1,2\nMore,3,4').problems).toEqual([
      { line: 2, message: 'Line 2: a quoted field is never closed: a closing " is missing.' },
    ]);
    expect(parseFilmsCsv('"Title" extra,1,2').problems).toEqual([{ line: 1, message: 'Line 1: field 1 has text after its closing quote.' }]);
  });

  it('skips blank lines, reads CRLF and CR line ends, and ignores a byte-order mark', () => {
    const parsed = parseFilmsCsv('\uFEFFtitle,budget,gross\r\n\r\nA,1,2\r\n   \rB,3,4\n\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 3, title: 'A', budget: 1, gross: 2 },
      { line: 5, title: 'B', budget: 3, gross: 4 },
    ]);
  });

  it('reads nothing, and complains about nothing, in an empty text', () => {
    expect(parseFilmsCsv('')).toEqual({ rows: [], problems: [] });
    expect(parseFilmsCsv('\n \n')).toEqual({ rows: [], problems: [] });
  });

  it('never drops a line silently: every non-blank line gives a film or a problem, and no number is NaN or infinite', () => {
    const hostile = fc.constantFrom(
      '', ' ', 'abc', 'NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e-320', '-0', '0', '1e15', '1e16',
      '99999999999999999999999', '<script>', '١٢٣', '−5', '"1,5"', '1.5', '"1,000"', '$5', '12', '0.000001', '"x""y"',
    );
    const field = fc.oneof(hostile, fc.string({ maxLength: 6 }).filter((s) => !/["\r\n]/.test(s)));
    const line = fc.array(field, { minLength: 1, maxLength: 4 }).map((fields) => fields.join(','));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const parsed = parseFilmsCsv(lines.join('\n'));
        expectSaneRows(parsed);
        const readLines = new Set([...parsed.rows.map((r) => r.line), ...parsed.problems.map((p) => p.line)]);
        lines.forEach((text, k) => {
          if (text.trim() !== '') expect(readLines.has(k + 1)).toBe(true);
        });
        for (const problem of parsed.problems) expect(problem.message.startsWith(`Line ${problem.line}: `)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('writing films as CSV', () => {
  it('writes a header and one film a line, quoting titles that need it', () => {
    expect(
      formatFilmsCsv([
        { title: 'Mad Max', budget: 200_000, gross: 99_750_000 },
        { title: 'Crouching Tiger, Hidden Dragon', budget: 17e6, gross: 0.5 },
        { title: 'The "Room"', budget: 6e6, gross: 1.9e6 },
      ]),
    ).toBe('title,budget,gross\nMad Max,200000,99750000\n"Crouching Tiger, Hidden Dragon",17000000,0.5\n"The ""Room""",6000000,1900000\n');
  });

  it('reads back the twenty films exactly', () => {
    const rows = FILMS.map((film) => ({ title: film.title, budget: film.budget, gross: film.worldwideGross }));
    const parsed = parseFilmsCsv(formatFilmsCsv(rows));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map(({ title, budget, gross }) => ({ title, budget, gross }))).toEqual(rows);
  });

  it('reads back any titles and any amounts the parser accepts, unchanged', () => {
    const amount = fc.oneof(
      fc.double({ min: MIN_AMOUNT, max: MAX_AMOUNT, noNaN: true }),
      fc.integer({ min: 1, max: 1e12 }),
      fc.double({ min: MIN_AMOUNT, max: 1e-3, noNaN: true }),
    );
    const title = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(fc.record({ title, budget: amount, gross: fc.oneof(amount, fc.constant(0)) }), { maxLength: 10 }), (rows) => {
        const parsed = parseFilmsCsv(formatFilmsCsv(rows));
        expect(parsed.problems).toEqual([]);
        expect(parsed.rows.map(({ title: t, budget, gross }) => ({ title: t, budget, gross }))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses amounts that are not finite numbers', () => {
    expect(() => formatFilmsCsv([{ title: 'X', budget: NaN, gross: 1 }])).toThrow(RangeError);
    expect(() => formatFilmsCsv([{ title: 'X', budget: 1, gross: Infinity }])).toThrow(RangeError);
  });
});
