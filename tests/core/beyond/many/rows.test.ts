import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILMS, MAX_AMOUNT, MIN_AMOUNT } from '../../../../src/core/index.ts';
import {
  MAX_CELL_LENGTH,
  checkRow,
  checkRows,
  dataSummary,
  defaultRows,
  rowMessage,
  rowName,
  sameRows,
  type DataRow,
} from '../../../../src/steps/beyond/many/rows.ts';
import { HOSTILE_CELLS } from './hostile.ts';

const row = (budget: string, gross = '10', title = 'Film'): DataRow => ({ id: 1, title, budget, gross });

describe('the table of films', () => {
  it('starts as the 20 films in millions of dollars, Mad Max first', () => {
    const rows = defaultRows();
    expect(rows).toHaveLength(20);
    expect(rows[0]).toEqual({ id: 0, title: 'Mad Max', budget: '0.2', gross: '99.75' });
    expect(rows.map((r) => r.title)).toEqual(FILMS.map((f) => f.title));
    const data = checkRows(rows);
    expect(data.films).toHaveLength(20);
    expect(data.invalid).toBe(0);
    expect(data.examples[0]).toEqual({ input: 0.2, goal: 99.75 });
    expect(dataSummary(data)).toBe('20 films train the model.');
  });

  it('reads amounts with the CSV rules: $, spaces, grouped thousands and exponents', () => {
    expect(checkRow(row('$ 1.5', '1,000')).film).toEqual({ rowId: 1, title: 'Film', budget: 1.5, gross: 1000 });
    expect(checkRow(row('2.5e1', ' 7 ')).film).toMatchObject({ budget: 25, gross: 7 });
    expect(checkRow(row('1', '0')).film).toMatchObject({ gross: 0 });
  });

  it('says what is wrong with each cell, in curly quotes, without the line number', () => {
    const checked = checkRow({ id: 3, title: '  ', budget: 'abc', gross: '-5' });
    expect(checked.film).toBeNull();
    expect(checked.problems).toEqual({
      title: 'The title is empty.',
      budget: 'The budget “abc” is not a number.',
      gross: 'The gross “-5” has a minus sign: amounts cannot be negative.',
    });
    expect(rowMessage(checked.problems)).toBe(
      'The title is empty. The budget “abc” is not a number. The gross “-5” has a minus sign: amounts cannot be negative.',
    );
    expect(checkRow(row('0')).problems.budget).toBe('The budget is 0: a budget must be more than 0.');
    expect(checkRow(row('1,5')).problems.budget).toMatch(/use a point for decimals/);
    expect(checkRow(row('\u0661\u0662')).problems.budget).toMatch(/write its digits as 0–9/);
    expect(checkRow(row('1e308')).problems.budget).toMatch(/too large/);
    expect(checkRow(row('1e-320')).problems.budget).toMatch(/too small/);
    expect(checkRow(row('9'.repeat(MAX_CELL_LENGTH + 1))).problems.budget).toBe(
      `The budget is ${MAX_CELL_LENGTH + 1} characters long: too long to be a number.`,
    );
  });

  it('keeps every hostile cell as a problem or a finite, sane amount', () => {
    for (const cell of HOSTILE_CELLS) {
      for (const checked of [checkRow(row(cell)), checkRow(row('1', cell))]) {
        if (checked.film === null) {
          expect(rowMessage(checked.problems), JSON.stringify(cell)).toMatch(/\S/);
        } else {
          expect(Number.isFinite(checked.film.budget) && checked.film.budget >= MIN_AMOUNT && checked.film.budget <= MAX_AMOUNT).toBe(true);
          expect(Number.isFinite(checked.film.gross) && checked.film.gross >= 0 && checked.film.gross <= MAX_AMOUNT).toBe(true);
        }
        // What the reader typed may be quoted back, but only inside curly quotes.
        const message = (rowMessage(checked.problems) ?? '').replace(/“[^”]*”/g, '“…”');
        expect(message, JSON.stringify(cell)).not.toMatch(/NaN|Infinity/);
      }
    }
    expect(checkRow(row('1.5')).film).toMatchObject({ budget: 1.5 });
    expect(checkRow(row('-0')).film).toBeNull();
  });

  it('never lets a non-finite or negative amount through, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (title, budget, gross) => {
        const checked = checkRow({ id: 0, title, budget, gross });
        if (checked.film === null) return rowMessage(checked.problems) !== null;
        return (
          Number.isFinite(checked.film.budget) &&
          checked.film.budget > 0 &&
          Number.isFinite(checked.film.gross) &&
          checked.film.gross >= 0 &&
          rowMessage(checked.problems) === null
        );
      }),
      { numRuns: 500 },
    );
  });

  it('keeps rows with problems in the table but out of training, and counts them', () => {
    const rows = [...defaultRows(), { id: 20, title: 'Bad', budget: 'x', gross: '1' }, { id: 21, title: '', budget: '1', gross: '2' }];
    const data = checkRows(rows);
    expect(data.rows).toHaveLength(22);
    expect(data.films).toHaveLength(20);
    expect(data.examples).toHaveLength(20);
    expect(data.invalid).toBe(2);
    expect(dataSummary(data)).toBe('20 films train the model; 2 rows have problems and are left out.');
    expect(dataSummary(checkRows(rows.slice(19)))).toBe('1 film trains the model; 2 rows have problems and are left out.');
    expect(dataSummary(checkRows([]))).toBe('No film trains the model.');
  });

  it('reads again only the rows that changed', () => {
    const rows = defaultRows();
    const first = checkRows(rows);
    const edited = rows.map((r, i) => (i === 3 ? { ...r, gross: '1' } : r));
    const second = checkRows(edited, first);
    expect(second.rows[0]).toBe(first.rows[0]);
    expect(second.rows[3]).not.toBe(first.rows[3]);
    expect(second.films[3]).toMatchObject({ gross: 1 });
  });

  it('names rows for labels and compares tables by their text', () => {
    expect(rowName({ id: 0, title: '  Mad   Max ', budget: '', gross: '' }, 0)).toBe('Mad Max');
    expect(rowName({ id: 0, title: '', budget: '', gross: '' }, 4)).toBe('row 5');
    expect(rowName({ id: 0, title: 'x'.repeat(100), budget: '', gross: '' }, 0)).toHaveLength(60);
    expect(sameRows(defaultRows(), defaultRows().map((r) => ({ ...r, id: r.id + 50 })))).toBe(true);
    expect(sameRows(defaultRows(), defaultRows().slice(1))).toBe(false);
  });
});
