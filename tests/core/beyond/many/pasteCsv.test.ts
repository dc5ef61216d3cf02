import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFilmsCsv } from '../../../../src/core/index.ts';
import { rowsFromCsv, splitCsvRecords } from '../../../../src/steps/beyond/many/pasteCsv.ts';
import { MAX_ROWS, checkRows } from '../../../../src/steps/beyond/many/rows.ts';

describe('pasting CSV', () => {
  it('turns good lines into rows in millions of dollars, ids from the given one', () => {
    const pasted = rowsFromCsv('Mad Max,0.2,99.75\nRocky,1,225\n', 'millions', 40);
    expect(pasted).toEqual({
      rows: [
        { id: 40, title: 'Mad Max', budget: '0.2', gross: '99.75' },
        { id: 41, title: 'Rocky', budget: '1', gross: '225' },
      ],
      films: 2,
      notAdded: [],
    });
  });

  it('converts dollars to millions, for good and bad lines alike', () => {
    const pasted = rowsFromCsv('title,budget,gross\nMad Max,200000,99750000\nOops,"1,500,000",abc\n', 'dollars', 0);
    expect(pasted.rows).toEqual([
      { id: 0, title: 'Mad Max', budget: '0.2', gross: '99.75' },
      { id: 1, title: 'Oops', budget: '1.5', gross: 'abc' },
    ]);
    expect(pasted.films).toBe(1);
  });

  it('puts lines with bad amounts in the table as written, to be fixed there', () => {
    const text = 'title,budget,gross\nGood,1,2\nLetters,abc,2\nNegative,-1,2\nEmpty,,2\nNo title,,\n';
    const pasted = rowsFromCsv(text, 'millions', 0);
    expect(pasted.rows.map((r) => [r.title, r.budget, r.gross])).toEqual([
      ['Good', '1', '2'],
      ['Letters', 'abc', '2'],
      ['Negative', '-1', '2'],
      ['Empty', '', '2'],
      ['No title', '', ''],
    ]);
    expect(pasted.notAdded).toEqual([]);
    const data = checkRows(pasted.rows);
    expect(data.films).toHaveLength(1);
    expect(data.invalid).toBe(4);
  });

  it('lists the lines whose cells cannot be told apart, with the parser’s message', () => {
    const text = 'Good,1,2\nToo,many,fields,here\nsemi;colons;1\n"Unclosed,1,2\n';
    const pasted = rowsFromCsv(text, 'millions', 0);
    expect(pasted.rows).toEqual([{ id: 0, title: 'Good', budget: '1', gross: '2' }]);
    expect(pasted.notAdded.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(pasted.notAdded[0]?.message).toMatch(/^Line 2: expected 3 fields/);
    expect(pasted.notAdded[1]?.message).toMatch(/not semicolons or tabs/);
    expect(pasted.notAdded[2]?.message).toMatch(/never closed/);
  });

  it('chooses columns by header name, as the parser does, also for bad lines', () => {
    const text = 'year,Gross,Film,Budget\n1979,99.75,Mad Max,0.2\n2000,lots,Odd,1\n';
    const pasted = rowsFromCsv(text, 'millions', 0);
    expect(pasted.rows.map((r) => [r.title, r.budget, r.gross])).toEqual([
      ['Mad Max', '0.2', '99.75'],
      ['Odd', '1', 'lots'],
    ]);
  });

  it('reports a header without a budget column and adds nothing', () => {
    const pasted = rowsFromCsv('title,gross\nMad Max,99.75\n', 'millions', 0);
    expect(pasted.rows).toEqual([]);
    expect(pasted.notAdded.map((p) => p.message)).toEqual([
      'Line 1: the header has no budget column (name them, for example, title,budget,gross).',
      'Line 2: not read, because the header has no budget column.',
    ]);
  });

  it('stops at the table’s size and says so for every line beyond', () => {
    const text = Array.from({ length: MAX_ROWS + 3 }, (_, i) => `Film ${i},1,2`).join('\n');
    const pasted = rowsFromCsv(text, 'millions', 0);
    expect(pasted.rows).toHaveLength(MAX_ROWS);
    expect(pasted.notAdded).toHaveLength(3);
    expect(pasted.notAdded[0]?.message).toBe(`Line ${MAX_ROWS + 1}: not added, because the table holds at most ${MAX_ROWS} rows.`);
  });

  it('splits records where the parser does, so every line it speaks of is found', () => {
    const cell = fc.oneof(
      fc.constantFrom('Mad Max', '0.2', '99.75', '', ' ', '"quoted, comma"', '"two\nlines"', '"a ""b"""', 'abc', '1,000', '"1,000"', '\r'),
      fc.string({ maxLength: 6 }),
    );
    const line = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, end) => {
        const text = lines.join(end);
        const starts = new Set(splitCsvRecords(text).map((r) => r.line));
        const parsed = parseFilmsCsv(text);
        for (const { line } of [...parsed.rows, ...parsed.problems]) if (!starts.has(line)) return false;
        const pasted = rowsFromCsv(text, 'millions', 0);
        // Every record is a row or a line not added (a header, if any, is neither).
        return pasted.rows.length + new Set(pasted.notAdded.map((p) => p.line)).size >= splitCsvRecords(text).length - 1;
      }),
      { numRuns: 400 },
    );
  });
});
