import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isChapterKey } from '../../../../src/store/index.ts';
import { defaultRows, type DataRow } from '../../../../src/steps/beyond/many/rows.ts';
import {
  DEFAULT_SETTINGS,
  MAX_DATA_CHARACTERS,
  URL_KEYS,
  decodeData,
  decodeLink,
  encodeData,
  manyEntries,
  queryLength,
} from '../../../../src/steps/beyond/many/urlCodec.ts';
import { HOSTILE_CELLS } from './hostile.ts';

/** `initial` for a query string, as useUrlParams gives it. */
const linkOf = (search: string) => {
  const query = new URLSearchParams(search);
  return (key: string) => query.get(key);
};

describe('the chapter’s part of the link', () => {
  it('owns only chapter keys, which the lab’s codec leaves alone', () => {
    for (const key of Object.values(URL_KEYS)) expect(isChapterKey(key), key).toBe(true);
  });

  it('writes nothing for the defaults and the 20 films', () => {
    expect(manyEntries(DEFAULT_SETTINGS, defaultRows())).toEqual({ entries: {}, dataLeftOut: false });
  });

  it('writes the settings that differ from the defaults', () => {
    const settings = { alpha: 0.005, startWeight: -2, mode: 'stochastic', order: 'shuffled', seed: 42, tolerance: 0.5 } as const;
    const { entries } = manyEntries(settings, defaultRows());
    expect(entries).toEqual({
      'many.alpha': '0.005',
      'many.start': '-2',
      'many.mode': 'stochastic',
      'many.order': 'shuffled',
      'many.seed': '42',
      'many.tol': '0.5',
    });
    const decoded = decodeLink(linkOf(new URLSearchParams(entries).toString()));
    expect(decoded).toEqual({ settings, rows: null, problems: [] });
  });

  it('carries an edited table, and reads it back exactly, whatever the cells hold', () => {
    const rows: DataRow[] = [
      { id: 0, title: 'Crouching Tiger, Hidden Dragon', budget: '17', gross: '213.5' },
      { id: 1, title: 'Stars * and _ and ! marks', budget: '$1,000', gross: 'abc' },
      { id: 2, title: '', budget: '', gross: '' },
      { id: 3, title: '<script>alert(1)</script>', budget: 'NaN', gross: '1e308' },
    ];
    const { entries, dataLeftOut } = manyEntries(DEFAULT_SETTINGS, rows);
    expect(dataLeftOut).toBe(false);
    const query = new URLSearchParams(entries).toString();
    expect(query).toContain('many.data=Crouching+Tiger%2C+Hidden+Dragon*17*213.5_');
    expect(decodeLink(linkOf(query)).rows).toEqual(rows);
    fc.assert(
      fc.property(fc.array(fc.record({ title: fc.string(), budget: fc.string(), gross: fc.string() }), { maxLength: 6 }), (cells) => {
        const table = cells.map((c, id) => ({ id, ...c }));
        const decoded = decodeData(encodeData(table));
        return decoded.ok && JSON.stringify(decoded.rows) === JSON.stringify(table);
      }),
    );
  });

  it('leaves a table out of the link when it is too large, and says so', () => {
    const rows = Array.from({ length: 80 }, (_, id) => ({ id, title: `A film with a long title number ${id}`, budget: '12.5', gross: '100.25' }));
    expect(queryLength(URL_KEYS.data, encodeData(rows))).toBeGreaterThan(MAX_DATA_CHARACTERS);
    const { entries, dataLeftOut } = manyEntries({ ...DEFAULT_SETTINGS, alpha: 0.002 }, rows);
    expect(dataLeftOut).toBe(true);
    expect(entries).toEqual({ 'many.alpha': '0.002' });
  });

  it('reads an empty data set as an empty table', () => {
    expect(decodeLink(linkOf('many.data=')).rows).toEqual([]);
  });

  it('falls back to the defaults for values it cannot use, one sentence each', () => {
    const decoded = decodeLink(
      linkOf('many.alpha=abc&many.start=Infinity&many.mode=fast&many.order=random&many.seed=-1&many.tol=-2&many.data=a*b'),
    );
    expect(decoded.settings).toEqual(DEFAULT_SETTINGS);
    expect(decoded.rows).toBeNull();
    expect(decoded.problems).toEqual([
      'The learning rate “abc” is not a finite number; 0.001 is used instead.',
      'The starting weight “Infinity” is not a finite number; 1 is used instead.',
      'The seed “-1” is not a whole number from 0 to 4,294,967,295; 1 is used instead.',
      'The tolerance “-2” is not a number of 0 or more; 0 is used instead.',
      'The way to learn “fast” is not “batch” or “stochastic”; all films at once is used instead.',
      'The order “random” is not “in-order” or “shuffled”; in order is used instead.',
      'The data set could not be used (row 1 of the data set in the link could not be read); the 20 films are shown instead.',
    ]);
  });

  it('never throws and never takes a non-finite number from hostile values', () => {
    for (const value of HOSTILE_CELLS) {
      for (const key of Object.values(URL_KEYS)) {
        const decoded = decodeLink(linkOf(new URLSearchParams([[key, value]]).toString()));
        for (const n of [decoded.settings.alpha, decoded.settings.startWeight, decoded.settings.seed, decoded.settings.tolerance]) {
          expect(Number.isFinite(n)).toBe(true);
        }
        expect(decoded.problems.join(' ').replace(/“[^”]*”/g, '“…”')).not.toMatch(/NaN|Infinity/);
      }
    }
    expect(decodeData('x!q*1*2')).toEqual({ ok: false, message: 'row 1 of the data set in the link could not be read' });
    expect(decodeData('a*1*2_'.repeat(600)).ok).toBe(false);
  });
});
